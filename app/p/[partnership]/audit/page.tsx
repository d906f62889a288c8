import type { Metadata } from "next";
import { requireCapability, requirePartnership } from "@/lib/tenancy/page";
import { auditFilters, distinctAuditActions, listAuditEvents } from "@/lib/audit/query";
import { listAreas } from "@/lib/areas/services/list-areas";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { LinkButton } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format";
import { AuditChange } from "@/components/audit/audit-change";

export const metadata: Metadata = { title: "Audit log" };

type Props = { params: Promise<{ partnership: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function single(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { ctx } = await requirePartnership((await params).partnership);
  requireCapability(ctx, "audit.read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, single(v)]));
  const parsed = auditFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : auditFilters.parse({});
  const [{ rows, total, pages }, actions, areas] = await Promise.all([listAuditEvents(ctx, filters), distinctAuditActions(ctx), listAreas(ctx)]);
  const areaNames = new Map(areas.map((a) => [a.id, a.name]));
  const base = `/p/${ctx.partnershipSlug}/audit`;
  const query = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== "page"));
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, sign-in and refusal in this partnership: who, what, when and to which record. It cannot be edited or deleted."
        actions={<LinkButton href={`${base}/export?${query.toString()}`} variant="secondary" prefetch={false}>Download CSV</LinkButton>}
      />
      <form method="get" className="filter-bar" aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="f-area" className="field-label">Area</label>
          <select id="f-area" name="area" defaultValue={filters.area ?? ""} className="input">
            <option value="">All areas</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-person" className="field-label">Person (email)</label>
          <input id="f-person" name="person" defaultValue={filters.person ?? ""} className="input" />
        </div>
        <div className="field">
          <label htmlFor="f-action" className="field-label">Action</label>
          <select id="f-action" name="action" defaultValue={filters.action ?? ""} className="input">
            <option value="">All actions</option>
            {actions.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-from" className="field-label">From</label>
          <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} className="input" />
        </div>
        <div className="field">
          <label htmlFor="f-to" className="field-label">To</label>
          <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} className="input" />
        </div>
        <button type="submit" className="button button-secondary">Filter</button>
      </form>
      {total === 0 ? (
        <EmptyState title="Nothing matches" text="No audit events match these filters. Widen the dates or clear a filter." />
      ) : (
        <>
          <DataTable
            caption={`${total} events, newest first`}
            columns={[
              { key: "when", header: "When (UK time)" },
              { key: "who", header: "Who" },
              { key: "what", header: "Action" },
              { key: "record", header: "Record" },
              { key: "change", header: "Before and after" },
            ]}
            rows={rows.map((e) => ({
              key: e.id.toString(),
              cells: {
                when: formatDateTime(e.createdAt),
                who: e.actorEmail ?? "System",
                what: e.action,
                record: `${e.entityType}${e.areaId && areaNames.get(e.areaId) ? ` · ${areaNames.get(e.areaId)}` : ""}`,
                change: <AuditChange before={e.before} after={e.after} />,
              },
            }))}
          />
          <Pagination page={filters.page} pages={pages} href={(page) => `${base}?${new URLSearchParams({ ...Object.fromEntries(query), page: String(page) }).toString()}`} />
        </>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadStatementPage, versionParam } from "@/lib/statement/page-data";
import { getStatementVersion } from "@/lib/statement/services/queries";
import { diffStatements } from "@/lib/statement/diff";
import type { StatementContent } from "@/lib/statement/content";
import { SelectField } from "@/components/ui/fields";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { StatementDiff } from "@/components/statement/statement-diff";
import "@/app/statement.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await loadStatementPage(partnership, area);
  return { title: `Versions · Statement of Intent · ${ref.name}` };
}

const label = (which: number | "draft") => (which === "draft" ? "Working copy" : `Version ${which}`);

/**
 * The published versions of the statement, and any two texts compared side by side:
 * by default the latest version against the working copy when it has changed since,
 * otherwise the two latest versions.
 */
export default async function StatementVersionsPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area, workspace, base } = await loadStatementPage(partnership, areaSlug);
  const statement = workspace.statement;
  if (!statement) notFound();
  const versions = statement.versions;
  const query = await searchParams;
  const latest = versions[0]?.number;
  const draftDiffers = statement.state !== "published";
  const from = versionParam(query.from) ?? (draftDiffers ? latest : versions[1]?.number);
  const to = versionParam(query.to) ?? (draftDiffers ? "draft" : latest);

  async function contentOf(which: number | "draft" | undefined): Promise<StatementContent | null> {
    if (which === undefined) return null;
    if (which === "draft") return statement!.content;
    return (await getStatementVersion(ctx, statement!.id, which))?.content ?? null;
  }
  const [before, after] = await Promise.all([contentOf(from), contentOf(to)]);
  const options = [...versions.map((v) => ({ value: String(v.number), text: `Version ${v.number} (${formatDate(v.publishedAt)})` })), { value: "draft", text: "Working copy" }];

  return (
    <>
      <PageHeader
        title="Versions of the Statement of Intent"
        description="Every published version is kept exactly as it was published. Compare any two, or a version with the working copy."
        breadcrumbs={[
          { label: "Overview", href: `/p/${ctx.partnershipSlug}` },
          { label: area.name, href: base },
          { label: "Statement of Intent", href: `${base}/statement` },
          { label: "Versions" },
        ]}
      />
      <AreaTabs base={base} current="statement" within />

      <section aria-labelledby="published-heading" className="record-section">
        <h2 id="published-heading" className="section-title">
          Published versions
        </h2>
        {versions.length === 0 ? (
          <EmptyState title="Nothing published yet" text="When the convening partnership has agreed the statement, publish it from the Statement of Intent page: each publication is kept here." />
        ) : (
          <DataTable
            caption={`${versions.length} published version${versions.length === 1 ? "" : "s"}, latest first`}
            columns={[
              { key: "version", header: "Version" },
              { key: "agreed", header: "Agreed" },
              { key: "published", header: "Published" },
              { key: "print", header: "Print" },
            ]}
            rows={versions.map((v) => ({
              key: String(v.number),
              cells: {
                version: `Version ${v.number}${v.number === latest ? " (latest)" : ""}`,
                agreed: `${formatDate(v.agreedOn)}${v.agreedAtMeeting ? `, ${v.agreedAtMeeting}` : ""}`,
                published: formatDate(v.publishedAt),
                print: (
                  <Link href={`${base}/statement/print?version=${v.number}`}>
                    Print<span className="visually-hidden"> version {v.number}</span>
                  </Link>
                ),
              },
            }))}
          />
        )}
      </section>

      <section aria-labelledby="compare-heading" className="record-section">
        <h2 id="compare-heading" className="section-title">
          Compare
        </h2>
        <form method="get" className="soi-compare-form">
          <SelectField name="from" label="Compare" options={options.map((o) => ({ value: o.value, label: o.text }))} defaultValue={from === undefined ? "" : String(from)} />
          <SelectField name="to" label="with" options={options.map((o) => ({ value: o.value, label: o.text }))} defaultValue={to === undefined ? "" : String(to)} />
          <button type="submit" className="button button-secondary">
            Compare
          </button>
        </form>
        {before && after && from !== undefined && to !== undefined ? (
          <StatementDiff sections={diffStatements(before, after)} beforeLabel={label(from)} afterLabel={label(to)} />
        ) : (
          <p className="muted">{versions.length === 0 ? "There is only the working copy so far." : "Choose two texts that exist to compare them."}</p>
        )}
      </section>
    </>
  );
}

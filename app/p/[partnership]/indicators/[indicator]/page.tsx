import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePartnership } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getIndicatorByCode } from "@/lib/indicators/services/catalogue-view";
import { removeTargetAction } from "@/lib/indicators/actions.definitions";
import { POLARITY_LABELS, UNIT_LABELS, formatWithUnit } from "@/lib/indicators/units";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDateTime } from "@/components/ui/format";
import { TargetForm, ThresholdForm, UpdateForm } from "@/components/indicators/indicator-forms";
import "@/app/indicators.css";

type Props = { params: Promise<{ partnership: string; indicator: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, indicator } = await params;
  const { ctx } = await requirePartnership(partnership);
  const found = await getIndicatorByCode(ctx, indicator);
  return { title: found ? `${found.indicator.name} · Indicators` : "Page not found" };
}

export default async function IndicatorPage({ params }: Props) {
  const { partnership, indicator: code } = await params;
  const { ctx } = await requirePartnership(partnership);
  const found = await getIndicatorByCode(ctx, code);
  if (!found) notFound();
  const { indicator, targets, measures, areas } = found;
  const base = `/p/${ctx.partnershipSlug}`;
  const canEdit = can(ctx.grants, "evaluation.write");
  const targetOf = new Map(targets.map((t) => [t.areaId, t]));
  const writableAreas = areas.filter((a) => can(ctx.grants, "evaluation.write", a.id));

  return (
    <>
      <PageHeader title={indicator.name} description={indicator.description ?? undefined} breadcrumbs={[{ label: "Overview", href: base }, { label: "Indicators", href: `${base}/indicators` }, { label: indicator.name }]} />
      <dl className="meta-list">
        <div>
          <dt>Code</dt>
          <dd>
            <code>{indicator.code}</code>
          </dd>
        </div>
        <div>
          <dt>Unit</dt>
          <dd>{UNIT_LABELS[indicator.unit]}</dd>
        </div>
        <div>
          <dt>Direction</dt>
          <dd>{POLARITY_LABELS[indicator.polarity]}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{indicator.source}</dd>
        </div>
        <div>
          <dt>Suppression</dt>
          <dd>Counts from 1 to {indicator.suppressionThreshold} show as c</dd>
        </div>
        <div>
          <dt>From</dt>
          <dd>{indicator.catalogueCode ? "The national catalogue" : "The partnership's own definition"}</dd>
        </div>
      </dl>

      {canEdit ? (
        <div className="indicator-forms">
          <details className="indicator-details">
            <summary>Change the suppression threshold</summary>
            <ThresholdForm partnership={ctx.partnershipSlug} indicatorId={indicator.id} threshold={indicator.suppressionThreshold} />
          </details>
          {indicator.catalogueCode ? null : (
            <details className="indicator-details">
              <summary>Change the definition</summary>
              <UpdateForm partnership={ctx.partnershipSlug} indicator={indicator} />
            </details>
          )}
        </div>
      ) : null}

      <section aria-labelledby="targets-heading" className="record-section">
        <h2 id="targets-heading" className="section-title">
          Targets by area
        </h2>
        {areas.length === 0 ? (
          <EmptyState title="No areas to show" text="You cannot see any areas of the partnership yet." />
        ) : (
          <DataTable
            caption={`Targets for ${indicator.name}`}
            columns={[
              { key: "area", header: "Area" },
              { key: "target", header: "Target", numeric: true },
              { key: "by", header: "By" },
              { key: "note", header: "Note" },
              { key: "updated", header: "Last changed" },
              ...(writableAreas.length ? [{ key: "remove", header: "Remove" }] : []),
            ]}
            rows={areas.map((a) => {
              const t = targetOf.get(a.id);
              return {
                key: a.id,
                cells: {
                  area: <Link href={`${base}/areas/${a.slug}/indicators`}>{a.name}</Link>,
                  target: t ? formatWithUnit(indicator.unit, t.value) : "None set",
                  by: t?.byPeriod ?? "",
                  note: t?.note ?? "",
                  updated: t ? formatDateTime(t.updatedAt) : "",
                  remove:
                    t && can(ctx.grants, "evaluation.write", a.id) ? (
                      <ConfirmButton
                        action={removeTargetAction}
                        fields={{ partnership: ctx.partnershipSlug, area: a.slug, targetId: t.id }}
                        label={`Remove ${a.name}'s target`}
                        confirmTitle={`Remove ${a.name}'s target for ${indicator.name}?`}
                        confirmText="The target no longer shows on the area's dashboard or the board dashboard. The audit log keeps it."
                        confirmLabel="Remove target"
                      />
                    ) : null,
                },
              };
            })}
          />
        )}
        {writableAreas.length ? (
          <div className="indicator-forms">
            {writableAreas.map((a) => (
              <details key={a.id} className="indicator-details">
                <summary>{targetOf.has(a.id) ? `Change ${a.name}'s target` : `Set a target for ${a.name}`}</summary>
                <TargetForm partnership={ctx.partnershipSlug} area={a} indicatorId={indicator.id} target={targetOf.get(a.id) ?? null} />
              </details>
            ))}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="measures-heading" className="record-section">
        <h2 id="measures-heading" className="section-title">
          Outcome measures it shows
        </h2>
        {measures.length === 0 ? (
          <EmptyState title="No outcome measures linked yet" text="Co-ordinators link their areas' outcome measures to indicators in the monitoring and evaluation plan on the Access & Connect page." />
        ) : (
          <ul className="indicator-measures">
            {measures.map((m) => {
              const a = areas.find((x) => x.id === m.areaId);
              return (
                <li key={m.id}>
                  {m.name}
                  {a ? (
                    <>
                      {" "}
                      (<Link href={`${base}/areas/${a.slug}/indicators`}>{a.name}</Link>)
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

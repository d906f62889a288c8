import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { listPots } from "@/lib/budget/services/queries";
import { createPotAction, updatePotAction } from "@/lib/budget/actions";
import { financialYearLabel, financialYearOf } from "@/lib/budget/financial-year";
import { penceToInput } from "@/lib/budget/money";
import { ROUND_STATUS_LABELS } from "@/lib/budget/round-status";
import { ukToday } from "@/lib/blueprint/today";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { DataTable } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/button";
import { formatDate, formatPounds } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { PotSummary } from "@/components/budget/pot-summary";
import { RoundForm } from "@/components/budget/round-form";
import "@/app/budget.css";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Community budget · ${ref.name}` };
}

export default async function BudgetPage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const canWrite = can(ctx.grants, "area.write", area.id);
  const pots = await listPots(ctx, area.id);
  const today = ukToday();
  const thisYear = financialYearOf(today);
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const freeYears = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].filter((y) => !pots.some((p) => p.financialYear === y));

  return (
    <>
      <PageHeader
        title="Community budget"
        description="Money the convening partnership commissions with, through participatory grant making: the community panel scores the applications and the decision meeting awards them."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Community budget" }]}
        actions={
          pots.some((p) => p.summary.awardedPence > 0) ? (
            <>
              <LinkButton href={`${base}/budget/awards-360giving`} variant="secondary">
                Download awards (360Giving CSV)
              </LinkButton>
              <LinkButton href={`/community-grants/${ctx.partnershipSlug}/${area.slug}`} variant="secondary">
                Public page of funded projects
              </LinkButton>
            </>
          ) : undefined
        }
      />
      <AreaTabs base={base} current="budget" />
      {pots.length === 0 ? (
        <EmptyState
          title="No community budget yet"
          text={canWrite ? "Add the pot for this financial year: how much there is and where it comes from. Funding rounds then share it out." : "The co-ordinator has not added a community budget yet."}
        />
      ) : null}

      {pots.map((pot) => (
        <section key={pot.id} aria-labelledby={`pot-${pot.id}`} className="record-section">
          <h2 id={`pot-${pot.id}`} className="section-title">
            {financialYearLabel(pot.financialYear)}
          </h2>
          <p className="muted">From: {pot.source}</p>
          <PotSummary summary={pot.summary} />
          {pot.rounds.length ? (
            <DataTable
              caption={`Funding rounds, ${financialYearLabel(pot.financialYear)}`}
              columns={[
                { key: "title", header: "Round" },
                { key: "status", header: "Stage" },
                { key: "dates", header: "Open for applications" },
                { key: "applications", header: "Applications", numeric: true },
                { key: "allocation", header: "Allocated", numeric: true },
                { key: "awarded", header: "Awarded", numeric: true },
              ]}
              rows={pot.rounds.map((r) => ({
                key: r.id,
                cells: {
                  title: <Link href={`${base}/budget/rounds/${r.id}`}>{r.title}</Link>,
                  status: ROUND_STATUS_LABELS[r.status],
                  dates: `${formatDate(r.opensOn)} to ${formatDate(r.closesOn)}`,
                  applications: String(r.applications),
                  allocation: formatPounds(r.allocationPence),
                  awarded: formatPounds(r.awardedPence),
                },
              }))}
            />
          ) : (
            <p className="muted">No funding rounds from this pot yet.</p>
          )}
          {canWrite ? (
            <div className="budget-forms">
              <details className="budget-details">
                <summary>New funding round</summary>
                <RoundForm {...hidden} budgetId={pot.id} today={today} />
              </details>
              <details className="budget-details">
                <summary>Change the pot</summary>
                <ActionForm action={updatePotAction} {...hidden} submitLabel="Save the pot">
                  <input type="hidden" name="budgetId" value={pot.id} />
                  <TextField name="amount" label="Amount in the pot (£)" inputMode="decimal" defaultValue={penceToInput(pot.summary.potPence)} />
                  <TextField name="source" label="Where the money comes from" defaultValue={pot.source} />
                </ActionForm>
              </details>
            </div>
          ) : null}
        </section>
      ))}

      {canWrite && freeYears.length ? (
        <section aria-labelledby="new-pot" className="record-section">
          <h2 id="new-pot" className="section-title">
            Add a pot
          </h2>
          <ActionForm action={createPotAction} {...hidden} submitLabel="Add the pot" resetOnSuccess>
            <SelectField name="financialYear" label="Financial year" options={freeYears.map((y) => ({ value: String(y), label: financialYearLabel(y) }))} defaultValue={String(freeYears.includes(thisYear) ? thisYear : freeYears[0])} />
            <TextField name="amount" label="Amount (£)" inputMode="decimal" hint="e.g. 25,000" />
            <TextField name="source" label="Where the money comes from" hint="e.g. Act Locally programme grant" />
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}

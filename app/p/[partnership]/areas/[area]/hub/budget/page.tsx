import type { Metadata } from "next";
import Link from "next/link";
import { loadHubPage } from "@/lib/hub/page-data";
import { getHubBudget } from "@/lib/hub/services/budget-queries";
import { hubFormOptions } from "@/lib/hub/services/queries";
import { removeAllocationAction, removeContributionAction } from "@/lib/hub/actions";
import { financialYearLabel, financialYearOf } from "@/lib/budget/financial-year";
import { BUDGET_CATEGORY_LABELS, CONTRIBUTION_KIND_LABELS } from "@/lib/hub/labels";
import { fullDate } from "@/lib/hub/dates";
import { ukToday } from "@/lib/blueprint/today";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import { formatPounds } from "@/components/ui/format";
import { ChartFigure } from "@/components/charts/chart-figure";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { HubNav } from "@/components/hub/hub-nav";
import { TaperChart } from "@/components/hub/taper-chart";
import { AllocationForm, ContributionForm, EditAllocationForm, SpendForm, TaperForm } from "@/components/hub/budget-forms";
import { Disclosure } from "@/components/hub/disclosure";
import "@/app/hub.css";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await loadHubPage(partnership, area);
  return { title: `Hub budget · ${ref.name}` };
}

const pounds = (pence: number) => Math.round(pence) / 100;

/** The hub budget by financial year, tapering, with allocations, spend and the statutory contributions meant to replace it. */
export default async function HubBudgetPage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area, hub, base, hubBase, canWrite, hidden } = await loadHubPage(partnership, areaSlug);
  const header = (
    <PageHeader
      title="Hub budget and sustainability"
      description="The hub budget tapers year by year so that statutory services realign and deliver through the hub before the money runs out. It may be spent only on the guide's categories."
      breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "School Health Hub", href: hubBase }, { label: "Budget" }]}
    />
  );
  if (!hub) {
    return (
      <>
        {header}
        <AreaTabs base={base} current="hub" within />
        <EmptyState title="No School Health Hub yet" text="The hub budget is planned once the hub is set up." action={<Link href={hubBase}>Go to the School Health Hub</Link>} />
      </>
    );
  }
  const today = ukToday();
  const thisYear = financialYearOf(today);
  const [budget, options] = await Promise.all([getHubBudget(ctx, hub.id), hubFormOptions(ctx)]);
  const planYears = budget.years.map((y) => y.financialYear);
  const startChoices = [...new Set([...(budget.plan ? [budget.plan.startYear] : []), thisYear - 1, thisYear, thisYear + 1])].sort((a, b) => a - b);
  const lastPlanned = planYears.at(-1) ?? thisYear + 3;
  const contributionYears = Array.from({ length: lastPlanned + 3 - ((planYears[0] ?? thisYear) - 1) + 1 }, (_, i) => (planYears[0] ?? thisYear) - 1 + i);
  const period = budget.points.length ? `${financialYearLabel(budget.points[0]!.financialYear)} to ${financialYearLabel(budget.points.at(-1)!.financialYear)}` : "";

  return (
    <>
      {header}
      <AreaTabs base={base} current="hub" within />
      <HubNav hubBase={hubBase} current="budget" />

      <section aria-labelledby="taper-title" className="record-section">
        <h2 id="taper-title" className="section-title">
          Taper
        </h2>
        {budget.plan ? (
          <ChartFigure
            id="hub-taper"
            headingLevel={3}
            title={`Hub budget against statutory contributions, ${period}`}
            caption={budget.narrative}
            source={`${hub.name}: the taper planned by the convening partnership and the contributions recorded from statutory partners (money, and in-kind support at its stated value)`}
            period={`financial years ${period} (April to March)`}
            fileName={`hub-taper-${area.slug}.csv`}
            table={{
              columns: [
                { key: "year", header: "Financial year" },
                { key: "budget", header: "Hub budget (£)", numeric: true },
                { key: "contributions", header: "Statutory contributions (£)", numeric: true },
              ],
              rows: budget.points.map((p) => ({ year: financialYearLabel(p.financialYear), budget: pounds(p.budgetPence), contributions: pounds(p.contributionsPence) })),
            }}
          >
            <TaperChart data={budget.points.map((p) => ({ year: financialYearLabel(p.financialYear), budget: pounds(p.budgetPence), contributions: pounds(p.contributionsPence) }))} />
          </ChartFigure>
        ) : (
          <EmptyState title="No hub budget planned yet" text={canWrite ? "Set the first financial year and its budget; the later years taper as a percentage of it." : "The co-ordinator has not planned the hub budget yet."} />
        )}
        {canWrite ? (
          <Disclosure summary={budget.plan ? "Change the taper" : "Plan the hub budget"} initiallyOpen={!budget.plan}>
            <TaperForm hidden={hidden} plan={budget.plan} years={startChoices} thisYear={thisYear} />
          </Disclosure>
        ) : null}
      </section>

      {budget.years.map((year) => {
        const label = financialYearLabel(year.financialYear);
        const when = year.financialYear < thisYear ? " (ended)" : year.financialYear === thisYear ? " (this year)" : "";
        const spend = year.allocations.flatMap((a) => a.spend.map((s) => ({ ...s, allocation: a })));
        return (
          <section key={year.id} aria-labelledby={`year-${year.financialYear}`} className="record-section">
            <h2 id={`year-${year.financialYear}`} className="section-title">
              {label}
              {when}: {formatPounds(year.amountPence)}, {year.taperPercent}% of the first year
            </h2>
            <dl className="hub-figures">
              {(
                [
                  ["Budget", year.summary.budgetPence],
                  ["Allocated", year.summary.allocatedPence],
                  ["Spent", year.summary.spentPence],
                  ["Not yet allocated", year.summary.unallocatedPence],
                ] as const
              ).map(([name, pence]) => (
                <div key={name} className="hub-figure">
                  <dt>{name}</dt>
                  <dd>{formatPounds(pence)}</dd>
                </div>
              ))}
            </dl>
            {year.summary.overspent.length ? (
              <Notice tone="warning" title={`Overspent in ${label}`}>
                <ul>
                  {year.summary.categories
                    .filter((c) => c.overspentPence > 0)
                    .map((c) => (
                      <li key={c.category}>
                        {BUDGET_CATEGORY_LABELS[c.category]}: {formatPounds(c.spentPence)} spent against {formatPounds(c.allocatedPence)} allocated, {formatPounds(c.overspentPence)} over.
                      </li>
                    ))}
                </ul>
              </Notice>
            ) : null}
            {year.allocations.length ? (
              <DataTable
                caption={`Allocations, ${label}`}
                columns={[
                  { key: "category", header: "Category" },
                  { key: "description", header: "For" },
                  { key: "allocated", header: "Allocated", numeric: true },
                  { key: "spent", header: "Spent", numeric: true },
                  { key: "status", header: "Status" },
                  ...(canWrite ? [{ key: "change", header: "Change" }] : []),
                ]}
                rows={year.allocations.map((a) => ({
                  key: a.id,
                  cells: {
                    category: BUDGET_CATEGORY_LABELS[a.category],
                    description: a.description,
                    allocated: formatPounds(a.amountPence),
                    spent: formatPounds(a.spentPence),
                    status: year.summary.overspent.includes(a.category) ? <strong className="hub-over">Category overspent</strong> : a.spentPence >= a.amountPence ? "Spent" : `${formatPounds(a.amountPence - a.spentPence)} left`,
                    change: canWrite ? (
                      <div className="hub-row-actions">
                        <details className="hub-details hub-details-inline">
                          <summary>Change</summary>
                          <EditAllocationForm hidden={hidden} allocation={a} />
                        </details>
                        {a.spend.length === 0 ? (
                          <ConfirmButton
                            action={removeAllocationAction}
                            fields={{ ...hidden, allocationId: a.id }}
                            label="Remove"
                            confirmTitle="Remove this allocation?"
                            confirmText={`${BUDGET_CATEGORY_LABELS[a.category]}: ${a.description}, ${formatPounds(a.amountPence)}. The money goes back to the year's unallocated budget.`}
                            confirmLabel="Remove the allocation"
                          />
                        ) : null}
                      </div>
                    ) : null,
                  },
                }))}
              />
            ) : (
              <p className="muted">Nothing allocated from {label} yet.</p>
            )}
            {spend.length ? (
              <details className="hub-details">
                <summary>Spend recorded in {label} ({spend.length})</summary>
                <DataTable
                  caption={`Spend, ${label}`}
                  columns={[
                    { key: "date", header: "Date" },
                    { key: "allocation", header: "From" },
                    { key: "description", header: "What" },
                    { key: "amount", header: "Amount", numeric: true },
                  ]}
                  rows={spend
                    .sort((a, b) => a.spentOn.localeCompare(b.spentOn))
                    .map((s) => ({ key: s.id, cells: { date: fullDate(s.spentOn), allocation: BUDGET_CATEGORY_LABELS[s.allocation.category], description: s.description, amount: formatPounds(s.amountPence) } }))}
                />
              </details>
            ) : null}
            {canWrite ? (
              <div className="hub-forms">
                <details className="hub-details">
                  <summary>Allocate from {label}</summary>
                  <AllocationForm hidden={hidden} budgetYearId={year.id} label={label} />
                </details>
                {year.allocations.length ? (
                  <details className="hub-details">
                    <summary>Record spend in {label}</summary>
                    <SpendForm hidden={hidden} allocations={year.allocations} today={today} />
                  </details>
                ) : null}
              </div>
            ) : null}
          </section>
        );
      })}

      <section aria-labelledby="contributions-title" className="record-section">
        <h2 id="contributions-title" className="section-title">
          Statutory contributions
        </h2>
        <p className="muted">What statutory partners put into the hub, in money or in kind at its value: the support that replaces the tapering budget.</p>
        {budget.contributions.length ? (
          <DataTable
            caption="Statutory contributions by financial year"
            columns={[
              { key: "year", header: "Financial year" },
              { key: "partner", header: "Partner" },
              { key: "kind", header: "Money or in kind" },
              { key: "description", header: "What" },
              { key: "value", header: "Value", numeric: true },
              ...(canWrite ? [{ key: "remove", header: "Remove" }] : []),
            ]}
            rows={budget.contributions.map((c) => ({
              key: c.id,
              cells: {
                year: financialYearLabel(c.financialYear),
                partner: c.organisationName,
                kind: CONTRIBUTION_KIND_LABELS[c.kind],
                description: c.description,
                value: formatPounds(c.valuePence),
                remove: canWrite ? (
                  <ConfirmButton
                    action={removeContributionAction}
                    fields={{ ...hidden, contributionId: c.id }}
                    label="Remove"
                    confirmTitle="Remove this contribution?"
                    confirmText={`${c.organisationName}, ${financialYearLabel(c.financialYear)}: ${c.description} (${formatPounds(c.valuePence)}).`}
                    confirmLabel="Remove the contribution"
                  />
                ) : null,
              },
            }))}
          />
        ) : (
          <p className="muted">No contributions recorded yet.</p>
        )}
        {canWrite ? (
          <details className="hub-details">
            <summary>Record a contribution</summary>
            <ContributionForm hidden={hidden} years={contributionYears} partners={options.statutory} defaultYear={thisYear} />
          </details>
        ) : null}
      </section>
    </>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatPounds } from "@/components/ui/format";
import { financialYearLabel } from "@/lib/budget/financial-year";
import { formatWithUnit } from "@/lib/indicators/units";
import type { BoardSummary, EnglandComparison } from "@/lib/indicators/board-summary";
import type { IndicatorPolarity } from "@/lib/generated/prisma/enums";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

function SummaryCard({ title, href, linkText, wide = false, children }: { title: string; href: string; linkText: string; wide?: boolean; children: ReactNode }) {
  return (
    <Card className={wide ? "board-summary-wide" : undefined}>
      <h2 className="card-title">{title}</h2>
      {children}
      <p>
        <Link href={href}>{linkText}</Link>
      </p>
    </Card>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="meta-list">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "Higher than England" means better or worse depending on the indicator: said in words. */
function comparisonRows(c: EnglandComparison, polarity: IndicatorPolarity): [string, ReactNode][] {
  const meaning = (side: "higher" | "lower") => (polarity === "neither" ? "" : (polarity === "higher_is_better") === (side === "higher") ? " (better)" : " (worse)");
  return [
    [`Higher than England${meaning("higher")}`, plural(c.higher, "area")],
    ["Similar to England", plural(c.similar, "area")],
    [`Lower than England${meaning("lower")}`, plural(c.lower, "area")],
    ["Not compared (no confidence limits, or withheld)", plural(c.notCompared, "area")],
  ];
}

/** A withheld total says why, rather than leaving a gap. */
const total = (value: number | null) => value?.toLocaleString("en-GB") ?? "Not shown: with the areas' own figures it would reveal a small number";

/**
 * The board dashboard's summary: the partnership at a glance, a card per section, each
 * linking to its page with every area. Figures come from summariseBoard (already suppressed).
 */
export function BoardSummaryView({ summary, base }: { summary: BoardSummary; base: string }) {
  const dashboard = `${base}/dashboard`;
  if (summary.areaCount === 0) return <EmptyState title="No areas yet" text="The partnership admin adds the Act Locally areas; the board dashboard then compares them." />;
  const { indicator, budget, hub, capability } = summary;
  const year = financialYearLabel(budget.financialYear);
  return (
    <div className="overview-grid board-summary">
      <SummaryCard title="Phase progress" href={`${dashboard}/progress`} linkText="Each area's progress">
        <DataTable
          caption={`Where the ${plural(summary.areaCount, "area")} stand in the five-phase blueprint`}
          columns={[
            { key: "phase", header: "Phase" },
            { key: "areas", header: "Areas", numeric: true },
          ]}
          rows={summary.phases.map((p) => ({ key: String(p.phase), cells: { phase: `${p.phase}. ${p.name}`, areas: p.areas } }))}
        />
      </SummaryCard>

      <SummaryCard title="Areas side by side" href={indicator ? `${dashboard}/indicators?indicator=${encodeURIComponent(indicator.code)}` : `${dashboard}/indicators`} linkText="Compare the areas on an indicator">
        {!indicator ? (
          <p className="muted">The partnership has no indicators yet.</p>
        ) : !indicator.period ? (
          <p className="muted">No figures for {indicator.name} yet.</p>
        ) : (
          <>
            <p>
              {indicator.name}, {indicator.period}
              {indicator.england !== null ? `: England ${formatWithUnit(indicator.unit, indicator.england)}` : ""}.
            </p>
            {indicator.comparison ? (
              <Facts rows={comparisonRows(indicator.comparison, indicator.polarity)} />
            ) : (
              <p className="muted">No England figure for this period, so the areas are not compared with England.</p>
            )}
          </>
        )}
      </SummaryCard>

      <SummaryCard title={`Community budgets, ${year}`} href={`${dashboard}/budgets`} linkText="Each area's community budget">
        {budget.areasWithPot === 0 ? (
          <p className="muted">No community budgets for {year} yet.</p>
        ) : (
          <Facts
            rows={[
              ["Areas with a pot", `${budget.areasWithPot} of ${summary.areaCount}`],
              ["In the pots", formatPounds(budget.potPence)],
              ["Awarded", formatPounds(budget.awardedPence)],
              ["Spent", formatPounds(budget.spentPence)],
            ]}
          />
        )}
      </SummaryCard>

      <SummaryCard title="School Health Hub reach" href={`${dashboard}/hub-reach`} linkText="Each area's hub reach">
        {hub.areasWithHub === 0 ? (
          <p className="muted">No School Health Hub figures yet.</p>
        ) : (
          <Facts
            rows={[
              ["Areas with a hub", `${hub.areasWithHub} of ${summary.areaCount}`],
              ["Sessions this academic year", total(hub.sessions)],
              ["Children seen", total(hub.childrenSeen)],
              ["Referrals", total(hub.referrals)],
              ["New GP and dentist registrations", total(hub.registrations)],
            ]}
          />
        )}
      </SummaryCard>

      <SummaryCard title="Capability (RAG)" href={`${dashboard}/capability`} linkText="Each area's latest ratings" wide>
        {capability.assessedAreas === 0 ? (
          <p className="muted">No capability analysis yet.</p>
        ) : (
          <DataTable
            caption={`Latest ratings of the ${plural(capability.assessedAreas, "area")} assessed, of ${summary.areaCount}`}
            columns={[
              { key: "name", header: "Self-evaluation area" },
              { key: "red", header: "Red", numeric: true },
              { key: "amber", header: "Amber", numeric: true },
              { key: "green", header: "Green", numeric: true },
              { key: "notRated", header: "Not rated", numeric: true },
            ]}
            rows={capability.byEvaluationArea.map((e) => ({ key: e.id, cells: { name: e.name, red: e.red, amber: e.amber, green: e.green, notRated: e.notRated } }))}
          />
        )}
      </SummaryCard>
    </div>
  );
}

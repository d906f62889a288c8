import { formatPounds } from "@/components/ui/format";
import type { PotSummary as Summary } from "@/lib/budget/limits";

/** The pot at a glance: what is in it, what rounds hold, what is awarded, spent and left. */
export function PotSummary({ summary }: { summary: Summary }) {
  const figures = [
    ["In the pot", summary.potPence],
    ["Allocated to rounds", summary.allocatedPence],
    ["Awarded", summary.awardedPence],
    ["Spent", summary.spentPence],
    ["Not yet allocated", summary.remainingPence],
  ] as const;
  return (
    <dl className="budget-figures">
      {figures.map(([label, pence]) => (
        <div key={label} className="budget-figure">
          <dt>{label}</dt>
          <dd>{formatPounds(pence)}</dd>
        </div>
      ))}
    </dl>
  );
}

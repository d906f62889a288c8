import type { HubReach } from "@/lib/hub/services/reach";
import { financialYearLabel } from "@/lib/budget/financial-year";
import { academicYearLabel } from "@/lib/hub/dates";
import { OUTPUT_FIELDS, OUTPUT_LABELS } from "@/lib/hub/totals";
import { formatPounds } from "@/components/ui/format";
import { DataTable } from "@/components/ui/data-table";

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * The hub's reach and money at a glance: the figures the board sees for this area
 * (lib/hub/services/reach.ts), as counts only.
 */
export function ReachFigures({ reach }: { reach: HubReach }) {
  const year = academicYearLabel(reach.academicYear);
  const rows: [string, number, number][] = [
    ["Sessions held", reach.thisAcademicYear.sessions, reach.allTime.sessions],
    ...OUTPUT_FIELDS.map((f) => [OUTPUT_LABELS[f], reach.thisAcademicYear[f], reach.allTime[f]] as [string, number, number]),
  ];
  const outcomes: [string, number, number][] = [
    ["Children receiving dental care", reach.outcomes.thisAcademicYear.childrenReceivingDentalCare, reach.outcomes.allTime.childrenReceivingDentalCare],
    ["Vaccinations given", reach.outcomes.thisAcademicYear.vaccinationsGiven, reach.outcomes.allTime.vaccinationsGiven],
    ["Children receiving mental health support", reach.outcomes.thisAcademicYear.childrenReceivingMentalHealthSupport, reach.outcomes.allTime.childrenReceivingMentalHealthSupport],
    ["Children newly registered with a GP", reach.outcomes.thisAcademicYear.newGpRegistrations, reach.outcomes.allTime.newGpRegistrations],
    ["Children newly registered with a dentist", reach.outcomes.thisAcademicYear.newDentistRegistrations, reach.outcomes.allTime.newDentistRegistrations],
  ];
  const fy = financialYearLabel(reach.budget.financialYear);
  const money: [string, number][] = [
    [`Hub budget ${fy}`, reach.budget.budgetPence],
    ["Allocated", reach.budget.allocatedPence],
    ["Spent", reach.budget.spentPence],
    ["Statutory contributions", reach.budget.statutoryContributionsPence],
  ];
  return (
    <div className="hub-reach">
      <dl className="hub-figures" aria-label={`Reach in ${year}`}>
        {rows.slice(0, 4).map(([label, value]) => (
          <div key={label} className="hub-figure">
            <dt>{label}</dt>
            <dd>{count(value)}</dd>
          </div>
        ))}
      </dl>
      <div className="hub-reach-tables">
        <DataTable
          caption={`Reach: ${year} and since the hub opened`}
          columns={[
            { key: "figure", header: "Figure" },
            { key: "now", header: year, numeric: true },
            { key: "all", header: "All time", numeric: true },
          ]}
          rows={rows.map(([label, now, all]) => ({ key: label, cells: { figure: label, now: count(now), all: count(all) } }))}
        />
        <DataTable
          caption="Towards the guide's outcomes"
          columns={[
            { key: "figure", header: "Outcome" },
            { key: "now", header: year, numeric: true },
            { key: "all", header: "All time", numeric: true },
          ]}
          rows={outcomes.map(([label, now, all]) => ({ key: label, cells: { figure: label, now: count(now), all: count(all) } }))}
        />
      </div>
      <dl className="hub-figures" aria-label={`Hub budget ${fy}`}>
        {money.map(([label, pence]) => (
          <div key={label} className="hub-figure">
            <dt>{label}</dt>
            <dd>{formatPounds(pence)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

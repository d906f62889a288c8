import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import type { RuleResult } from "@/lib/blueprint/rules";

/**
 * The checklist items the indicators module works out (registered in lib/blueprint/rules.ts). Pure.
 *
 * evaluationIndicators (phase 1, "Plan the monitoring and evaluation framework"): at least one
 * outcome measure, and every outcome measure linked to an indicator. Data is not asked for yet:
 * in phase 1 the framework is planned, the data comes later.
 * progressMonitored (phase 4, "Monitor progress"): every focus indicator (an indicator linked
 * to an outcome measure) has committed figures for the area's geographies for a period that
 * ended no more than 12 months ago (or ends later).
 * dataSourcesLinked (phase 4, "Collect data sources linked to the priority"): the focus issue
 * names at least one of the partnership's indicators (in its theory of change's outcomes or its
 * Statement of Intent's figures), and each of them has figures for the area on the platform.
 * Names that are not one of the partnership's indicators are pointed out but do not count.
 */
function listed(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The same day a year earlier (29 February becomes 28 February). */
export function yearBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y - 1}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateText = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));

export function evaluationIndicators(s: AreaSnapshot): RuleResult {
  const { measures } = s.indicators;
  if (measures.length === 0) return { met: false, detail: "No outcome measures yet: add them and link each to an indicator" };
  const unlinked = measures.filter((m) => m.indicator === null);
  if (unlinked.length) {
    return { met: false, detail: `${measures.length - unlinked.length} of ${plural(measures.length, "outcome measure")} linked to an indicator: still to link ${listed(unlinked.map((m) => m.name))}` };
  }
  return { met: true, detail: `${plural(measures.length, "outcome measure")}, each linked to an indicator` };
}

export function progressMonitored(s: AreaSnapshot): RuleResult {
  const { focus } = s.indicators;
  if (focus.length === 0) return { met: false, detail: "No focus indicators yet: link the outcome measures to indicators" };
  const since = yearBefore(s.today);
  const stale = focus.filter((f) => f.latestPeriodEnd === null || f.latestPeriodEnd < since);
  if (stale.length === 0) return { met: true, detail: `Figures from the last 12 months for ${focus.length === 1 ? "the focus indicator" : `all ${focus.length} focus indicators`}` };
  const why = stale.map((f) => (f.latestPeriodEnd ? `${f.name} (latest period ended ${dateText(f.latestPeriodEnd)})` : `${f.name} (no figures yet)`));
  return { met: false, detail: `No figures from the last 12 months for ${listed(why)}` };
}

export function dataSourcesLinked(s: AreaSnapshot): RuleResult {
  const { priority } = s.indicators;
  const known = priority.filter((p) => p.name !== null);
  const unknown = priority.filter((p) => p.name === null).map((p) => p.code);
  const aside = unknown.length ? ` (${listed(unknown)} ${unknown.length === 1 ? "is not one of" : "are not"} the partnership's indicators)` : "";
  if (known.length === 0) {
    return { met: false, detail: priority.length ? `None of the indicators named for the focus issue is on the platform${aside}` : "No indicators named for the focus issue yet: name them in its theory of change's outcomes" };
  }
  const missing = known.filter((p) => !p.hasData);
  if (missing.length) return { met: false, detail: `No figures for the area yet for ${listed(missing.map((p) => p.name!))}${aside}` };
  return { met: true, detail: `Figures on the platform for ${listed(known.map((p) => p.name!))}${aside}` };
}

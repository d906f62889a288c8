"use server";

import { defineAction } from "@/lib/action/define-action";
import { adoptInput, defineIndicatorInput, linkOutcomeInput, removeTargetInput, targetInput, thresholdInput, updateIndicatorInput } from "@/lib/indicators/definition-inputs";
import { adoptIndicator, defineIndicator, setSuppressionThreshold, updateIndicator } from "@/lib/indicators/services/definitions";
import { removeTarget, setTarget } from "@/lib/indicators/services/targets";
import { linkOutcomeMeasure } from "@/lib/indicators/services/outcome-links";

/**
 * Indicator definitions, targets and the links from outcome measures (DESIGN §3.5). Research
 * partners and co-ordinators keep the evaluation framework (`evaluation.write`): definitions are
 * partnership-wide, targets and links belong to an area. Figures show on the indicator pages,
 * the area dashboards, the checklist and the board dashboard: all under the partnership.
 */
const revalidate = (ctx: { partnershipSlug: string }) => [`/p/${ctx.partnershipSlug}`];
const partnership = { scope: "partnership", capability: "evaluation.write", revalidate } as const;
const area = { scope: "area", capability: "evaluation.write", revalidate } as const;

export const adoptIndicatorAction = defineAction({ ...partnership, name: "indicators.definition.adopt", input: adoptInput, run: adoptIndicator, success: (r) => `${r.name} is now one of the partnership's indicators.` });

export const defineIndicatorAction = defineAction({ ...partnership, name: "indicators.definition.create", input: defineIndicatorInput, run: defineIndicator, success: (r) => `${r.name} (${r.code}) added.` });

export const updateIndicatorAction = defineAction({ ...partnership, name: "indicators.definition.update", input: updateIndicatorInput, run: updateIndicator, success: (r) => `${r.name} saved.` });

export const setThresholdAction = defineAction({
  ...partnership,
  name: "indicators.definition.threshold",
  input: thresholdInput,
  run: setSuppressionThreshold,
  success: (r) => `Counts from 1 to ${r.threshold} of ${r.name} now show as c.`,
});

export const setTargetAction = defineAction({ ...area, name: "indicators.target.set", input: targetInput, run: setTarget, success: (r) => `Target for ${r.indicatorName} saved: ${r.label}.` });

export const removeTargetAction = defineAction({ ...area, name: "indicators.target.remove", input: removeTargetInput, run: removeTarget, success: (r) => `Target for ${r.indicatorName} removed.` });

export const linkOutcomeMeasureAction = defineAction({
  ...area,
  name: "indicators.outcome_measure.link",
  input: linkOutcomeInput,
  run: linkOutcomeMeasure,
  success: (r) => (r.indicator ? `${r.measure} is measured by ${r.indicator}.` : `${r.measure} is no longer linked to an indicator.`),
});

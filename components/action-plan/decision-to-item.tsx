"use client";

import { addDecisionToPlanAction } from "@/lib/action-plan/actions";
import { AddToPlan } from "@/components/action-plan/add-to-plan";

type Props = {
  partnership: string;
  area: string;
  decisionId: string;
  /** A few words of the decision, so each button's accessible name is different. */
  decisionSummary: string;
  /** The item's page when the decision is already in the action plan. */
  itemHref: string | null;
  canWrite: boolean;
  itemBase: string;
};

/** On a meeting's page, beside each decision: "In the action plan", or a one-click button that makes the decision an item. */
export function DecisionToItem({ partnership, area, decisionId, decisionSummary, itemHref, canWrite, itemBase }: Props) {
  return <AddToPlan action={addDecisionToPlanAction} fields={{ partnership, area, decisionId }} summary={decisionSummary} itemHref={itemHref} canWrite={canWrite} itemBase={itemBase} />;
}

import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { createRoundAction, moveRoundAction } from "@/lib/budget/actions";
import { call } from "./fixtures";

/**
 * A funding round of Holme Wood's, created and opened by its co-ordinator through the
 * actions: a 1–5 rubric of two weighted criteria, £3,000 to allocate, £3,000 at most per award.
 */
export async function openHolmeWoodRound(coordinatorId: string, input: { partnershipId: string; budgetId: string; title: string }): Promise<{ roundId: string; rubricIds: string[] }> {
  const hw = { partnership: "bradford", area: "holme-wood" };
  const created = await call(createRoundAction, coordinatorId, {
    ...hw,
    budgetId: input.budgetId,
    title: input.title,
    criteria: "Projects for children at risk",
    "rubric.0.label": "Fit",
    "rubric.0.weight": "3",
    "rubric.1.label": "Reach",
    "rubric.1.weight": "1",
    opensOn: "2026-01-01",
    closesOn: "2099-01-01",
    allocation: "3000",
    maxAward: "3000",
  });
  expect(created).toMatchObject({ status: "redirect" });
  const round = await db().fundingRound.findFirstOrThrow({ where: { partnershipId: input.partnershipId, title: input.title } });
  expect(await call(moveRoundAction, coordinatorId, { ...hw, roundId: round.id, to: "open" })).toMatchObject({ status: "redirect" });
  return { roundId: round.id, rubricIds: (round.rubric as { id: string }[]).map((c) => c.id) };
}

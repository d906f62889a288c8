import { RULES, type Rule } from "@/lib/blueprint/rules";
import type { AreaSnapshot, ItemMark } from "@/lib/blueprint/snapshot";
import type { ChecklistItem, Template } from "@/lib/blueprint/template";

export type ItemStatus = "met" | "not_met" | "waived" | "unavailable";

export type EvaluatedItem = ChecklistItem & { status: ItemStatus; detail: string; mark: ItemMark };

/**
 * One item's status. A waiver wins over everything (it is the board's explicit
 * decision); then a derived rule or an attestation decides. An item whose module
 * does not exist yet is "unavailable": not met, and waivable if required.
 */
export function evaluateItem(item: ChecklistItem, snapshot: AreaSnapshot, rules: Readonly<Record<string, Rule>> = RULES): EvaluatedItem {
  const mark = snapshot.marks[item.key] ?? {};
  const base = { ...item, mark };
  if (mark.waived) return { ...base, status: "waived", detail: `Waived: ${mark.waived.reason}` };
  if (item.kind === "attested") {
    return mark.attested ? { ...base, status: "met", detail: `Confirmed: ${mark.attested.note}` } : { ...base, status: "not_met", detail: "Not confirmed by a co-ordinator yet" };
  }
  const rule = item.rule ? rules[item.rule] : undefined;
  if (!rule) return { ...base, status: "unavailable", detail: "Not yet available: this part of the product is on its way" };
  const result = rule(snapshot);
  return { ...base, status: result.met ? "met" : "not_met", detail: result.detail };
}

export function evaluatePhase(template: Template, phase: number, snapshot: AreaSnapshot, rules?: Readonly<Record<string, Rule>>): EvaluatedItem[] {
  return template.items.filter((item) => item.phase === phase).map((item) => evaluateItem(item, snapshot, rules));
}

export type Gate = { open: boolean; blocking: EvaluatedItem[]; met: number; required: number };

/** A phase's gate opens when every required item is met or waived. */
export function evaluateGate(template: Template, phase: number, snapshot: AreaSnapshot, rules?: Readonly<Record<string, Rule>>): Gate {
  const required = evaluatePhase(template, phase, snapshot, rules).filter((item) => item.required);
  const blocking = required.filter((item) => item.status !== "met" && item.status !== "waived");
  return { open: blocking.length === 0, blocking, met: required.length - blocking.length, required: required.length };
}

/**
 * Required items of phases already passed that are no longer met: records were
 * deleted after the move. They are shown as warnings; the phase never moves back.
 */
export function regressions(template: Template, currentPhase: number, snapshot: AreaSnapshot, rules?: Readonly<Record<string, Rule>>): EvaluatedItem[] {
  const out: EvaluatedItem[] = [];
  for (let phase = 1; phase < currentPhase; phase += 1) out.push(...evaluateGate(template, phase, snapshot, rules).blocking.filter((i) => i.status === "not_met"));
  return out;
}

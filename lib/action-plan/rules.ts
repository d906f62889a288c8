import type { ActionItemStatus } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/blueprint/today";

/**
 * Pure rules of the action plan: when an item is overdue, the order items are shown
 * in, and whether the plan counts as "developed" for the phase 3 checklist. Dates are
 * UK calendar dates (`YYYY-MM-DD`, see lib/blueprint/today.ts `ukToday`): a due date is
 * a date, so it is compared as one, never as an instant.
 */

type Dated = { status: ActionItemStatus; dueOn: Date | null };

const DAY_MS = 86_400_000;

/** Due before today and not done. An item due today is not overdue until tomorrow. */
export function isOverdue(item: Dated, today: string): boolean {
  return item.status !== "done" && item.dueOn !== null && isoDate(item.dueOn) < today;
}

/** Whole days past the due date (0 when not overdue). */
export function daysOverdue(item: Dated, today: string): number {
  if (!isOverdue(item, today)) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${isoDate(item.dueOn!)}T00:00:00Z`)) / DAY_MS);
}

/**
 * The plan's order: overdue items first (the longest overdue at the top), then by due
 * date, items without a due date last; ties by title so the order is stable.
 */
export function compareActionItems(today: string) {
  return (a: Dated & { title: string }, b: Dated & { title: string }): number => {
    const overdue = Number(isOverdue(b, today)) - Number(isOverdue(a, today));
    if (overdue !== 0) return overdue;
    const dueA = a.dueOn ? isoDate(a.dueOn) : null;
    const dueB = b.dueOn ? isoDate(b.dueOn) : null;
    if (dueA !== dueB) {
      if (dueA === null) return 1;
      if (dueB === null) return -1;
      return dueA < dueB ? -1 : 1;
    }
    return a.title.localeCompare(b.title, "en-GB");
  };
}

export function sortActionItems<T extends Dated & { title: string }>(items: readonly T[], today: string): T[] {
  return [...items].sort(compareActionItems(today));
}

// ── The phase 3 checklist: "Develop an action plan" ──────────────────────────

export type ActionPlanProgress = {
  /** Items in the plan (of the cycle passed in). */
  items: number;
  open: number;
  done: number;
  /** Open items without an owner organisation. */
  missingOwner: number;
  /** Open items without a due date. */
  missingDueDate: number;
  /** Open items lacking either. */
  openIncomplete: number;
  /** At least one item, and every open item has an owner and a due date. */
  met: boolean;
  /** The same in plain words, for the checklist and the action plan page. */
  detail: string;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "Action plan developed": the plan has at least one item and every open item says who
 * owns it and by when. Done items need neither any more: the work is finished.
 */
export function actionPlanProgress(items: readonly { status: ActionItemStatus; ownerOrganisationId: string | null; dueOn: Date | null }[]): ActionPlanProgress {
  const open = items.filter((i) => i.status !== "done");
  const missingOwner = open.filter((i) => i.ownerOrganisationId === null).length;
  const missingDueDate = open.filter((i) => i.dueOn === null).length;
  const openIncomplete = open.filter((i) => i.ownerOrganisationId === null || i.dueOn === null).length;
  const counts = { items: items.length, open: open.length, done: items.length - open.length, missingOwner, missingDueDate, openIncomplete };

  if (items.length === 0) return { ...counts, met: false, detail: "No action items yet" };
  if (openIncomplete > 0) {
    const gaps = [missingOwner ? `${missingOwner} without an owner` : "", missingDueDate ? `${missingDueDate} without a due date` : ""].filter(Boolean).join(", ");
    return { ...counts, met: false, detail: `${plural(openIncomplete, "open item")} still ${openIncomplete === 1 ? "needs" : "need"} an owner or a due date (${gaps})` };
  }
  if (open.length === 0) return { ...counts, met: true, detail: `${plural(items.length, "action item")}, all done` };
  return { ...counts, met: true, detail: `${plural(items.length, "action item")}, every open one with an owner and a due date` };
}

// ── Text ──────────────────────────────────────────────────────────────────────

/** A long text cut at a word boundary to at most `max` characters, with an ellipsis: for titles and button names. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // Cut at the last word boundary unless that would throw away most of the text.
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.–-]+$/, "")}…`;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionPlanProgress, daysOverdue, isOverdue, shorten, sortActionItems } from "@/lib/action-plan/rules";
import { ukToday } from "@/lib/blueprint/today";
import type { ActionItemStatus } from "@/lib/generated/prisma/enums";

const due = (iso: string) => new Date(`${iso}T00:00:00Z`);
const item = (dueOn: string | null, status: ActionItemStatus = "in_progress", title = "Item") => ({ dueOn: dueOn ? due(dueOn) : null, status, title });

describe("isOverdue", () => {
  it("is overdue from the day after the due date, not on the due date itself", () => {
    expect(isOverdue(item("2026-11-21"), "2026-11-22")).toBe(true);
    expect(isOverdue(item("2026-11-22"), "2026-11-22")).toBe(false);
    expect(isOverdue(item("2026-11-23"), "2026-11-22")).toBe(false);
  });

  it("is never overdue once done, and never without a due date", () => {
    expect(isOverdue(item("2020-01-01", "done"), "2026-11-22")).toBe(false);
    expect(isOverdue(item(null), "2026-11-22")).toBe(false);
  });

  it("counts blocked and not-started items as open", () => {
    expect(isOverdue(item("2026-11-01", "blocked"), "2026-11-22")).toBe(true);
    expect(isOverdue(item("2026-11-01", "not_started"), "2026-11-22")).toBe(true);
  });

  it("compares calendar dates across months and years", () => {
    expect(isOverdue(item("2026-12-31"), "2027-01-01")).toBe(true);
    expect(isOverdue(item("2026-02-28"), "2026-03-01")).toBe(true);
    expect(isOverdue(item("2026-09-30"), "2026-10-01")).toBe(true);
  });

  it("uses the UK date: just after midnight in British Summer Time the UK is already on the next day", () => {
    // 23:30 UTC on 30 June 2026 is 00:30 on 1 July in London.
    const today = ukToday(new Date("2026-06-30T23:30:00Z"));
    expect(today).toBe("2026-07-01");
    expect(isOverdue(item("2026-06-30"), today)).toBe(true);
    // In winter the UK is on UTC: 23:30 UTC on 30 December is still the 30th.
    const winter = ukToday(new Date("2026-12-30T23:30:00Z"));
    expect(winter).toBe("2026-12-30");
    expect(isOverdue(item("2026-12-30"), winter)).toBe(false);
  });

  it("counts whole days overdue, including over the clocks changing", () => {
    expect(daysOverdue(item("2026-11-08"), "2026-11-22")).toBe(14);
    expect(daysOverdue(item("2026-03-28"), "2026-03-30")).toBe(2);
    expect(daysOverdue(item("2026-11-22"), "2026-11-22")).toBe(0);
    expect(daysOverdue(item("2026-11-01", "done"), "2026-11-22")).toBe(0);
  });
});

describe("sortActionItems", () => {
  const today = "2026-11-22";

  it("puts overdue items first, longest overdue at the top, then the rest by due date, undated last", () => {
    const items = [
      item("2026-12-01", "in_progress", "December"),
      item(null, "in_progress", "Undated"),
      item("2026-11-20", "in_progress", "Overdue two days"),
      item("2026-11-01", "done", "Done early"),
      item("2026-10-01", "blocked", "Overdue since October"),
      item("2026-11-22", "in_progress", "Due today"),
    ];
    expect(sortActionItems(items, today).map((i) => i.title)).toEqual(["Overdue since October", "Overdue two days", "Done early", "Due today", "December", "Undated"]);
  });

  it("breaks ties by title and leaves its input alone", () => {
    const items = [item("2026-12-01", "in_progress", "b"), item("2026-12-01", "in_progress", "a")];
    expect(sortActionItems(items, today).map((i) => i.title)).toEqual(["a", "b"]);
    expect(items.map((i) => i.title)).toEqual(["b", "a"]);
  });

  it("always lists every overdue item before every other item", () => {
    const pad = (n: number) => String(n).padStart(2, "0");
    const dateArb = fc.option(fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ m, d }) => `2026-${pad(m)}-${pad(d)}`));
    const itemArb = fc.record({ due: dateArb, status: fc.constantFrom<ActionItemStatus>("not_started", "in_progress", "done", "blocked"), title: fc.string() });
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 30 }), (raw) => {
        const sorted = sortActionItems(
          raw.map((r) => item(r.due, r.status, r.title)),
          "2026-07-01",
        );
        const flags = sorted.map((i) => isOverdue(i, "2026-07-01"));
        expect(flags.indexOf(false) === -1 || flags.lastIndexOf(true) < flags.indexOf(false)).toBe(true);
      }),
    );
  });
});

describe("actionPlanProgress", () => {
  const org = "6f1c2d6e-0000-4000-8000-000000000001";
  const full = (status: ActionItemStatus = "in_progress") => ({ status, ownerOrganisationId: org, dueOn: due("2026-12-01") });

  it("is not met with no items", () => {
    expect(actionPlanProgress([])).toMatchObject({ items: 0, met: false, detail: "No action items yet" });
  });

  it("is met when every open item has an owner and a due date", () => {
    const progress = actionPlanProgress([full(), full("blocked"), full("done")]);
    expect(progress).toMatchObject({ items: 3, open: 2, done: 1, openIncomplete: 0, met: true });
    expect(progress.detail).toBe("3 action items, every open one with an owner and a due date");
  });

  it("is not met while an open item lacks an owner or a due date, and says which", () => {
    const progress = actionPlanProgress([full(), { ...full(), ownerOrganisationId: null }, { ...full("not_started"), dueOn: null }, { ...full(), ownerOrganisationId: null, dueOn: null }]);
    expect(progress).toMatchObject({ items: 4, missingOwner: 2, missingDueDate: 2, openIncomplete: 3, met: false });
    expect(progress.detail).toBe("3 open items still need an owner or a due date (2 without an owner, 2 without a due date)");
  });

  it("does not ask done items for an owner or a due date", () => {
    const progress = actionPlanProgress([{ status: "done", ownerOrganisationId: null, dueOn: null }]);
    expect(progress).toMatchObject({ met: true, openIncomplete: 0, detail: "1 action item, all done" });
  });

  it("uses the singular for one open item", () => {
    expect(actionPlanProgress([{ ...full(), dueOn: null }]).detail).toBe("1 open item still needs an owner or a due date (1 without a due date)");
  });
});

describe("shorten", () => {
  it("leaves short text alone and tidies its spaces", () => {
    expect(shorten("  Run a   forum  ", 60)).toBe("Run a forum");
  });

  it("cuts long text at a word boundary with an ellipsis, within the limit", () => {
    const text = "Establish a School Health Hub at Holme Wood Primary Academy with partners from health and the council";
    const short = shorten(text, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toBe("Establish a School Health Hub at Holme…");
  });

  it("never exceeds the limit", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 5, max: 100 }), (text, max) => shorten(text, max).length <= max));
  });
});

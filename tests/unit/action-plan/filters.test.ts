import { describe, expect, it } from "vitest";
import { filterActionItems, hasActiveFilters, readPlanFilters } from "@/lib/action-plan/filters";
import type { ActionItemStatus } from "@/lib/generated/prisma/enums";

const school = "0b7e6f7a-1111-4111-8111-111111111111";
const council = "0b7e6f7a-2222-4222-8222-222222222222";
const today = "2026-11-22";
const item = (title: string, status: ActionItemStatus, owner: string | null, dueOn: string | null) => ({ title, status, ownerOrganisationId: owner, dueOn: dueOn ? new Date(`${dueOn}T00:00:00Z`) : null });

const items = [
  item("Attendance", "in_progress", school, "2026-11-01"),
  item("Forum", "done", council, "2026-10-01"),
  item("Youth work", "not_started", school, "2026-12-15"),
  item("Info sharing", "blocked", null, null),
];
const titles = (list: { title: string }[]) => list.map((i) => i.title);

describe("readPlanFilters", () => {
  it("reads status and owner from the query string", () => {
    expect(readPlanFilters({ status: "done", owner: school })).toEqual({ status: "done", owner: school });
    expect(readPlanFilters({ status: "overdue", owner: "none" })).toEqual({ status: "overdue", owner: "none" });
  });

  it("shows the whole plan for missing, unknown or repeated values rather than failing", () => {
    expect(readPlanFilters({})).toEqual({ status: "all", owner: "all" });
    expect(readPlanFilters({ status: "finished", owner: "'; DROP TABLE" })).toEqual({ status: "all", owner: "all" });
    expect(readPlanFilters({ status: ["blocked", "done"], owner: [council] })).toEqual({ status: "blocked", owner: council });
  });

  it("knows when a filter is on", () => {
    expect(hasActiveFilters({ status: "all", owner: "all" })).toBe(false);
    expect(hasActiveFilters({ status: "all", owner: "none" })).toBe(true);
  });
});

describe("filterActionItems", () => {
  it("keeps everything with no filter", () => {
    expect(filterActionItems(items, { status: "all", owner: "all" }, today)).toHaveLength(4);
  });

  it("filters by status", () => {
    expect(titles(filterActionItems(items, { status: "done", owner: "all" }, today))).toEqual(["Forum"]);
    expect(titles(filterActionItems(items, { status: "blocked", owner: "all" }, today))).toEqual(["Info sharing"]);
  });

  it("filters the overdue items: open and past their due date", () => {
    expect(titles(filterActionItems(items, { status: "overdue", owner: "all" }, today))).toEqual(["Attendance"]);
  });

  it("filters by owner, and by having no owner", () => {
    expect(titles(filterActionItems(items, { status: "all", owner: school }, today))).toEqual(["Attendance", "Youth work"]);
    expect(titles(filterActionItems(items, { status: "all", owner: "none" }, today))).toEqual(["Info sharing"]);
  });

  it("combines status and owner", () => {
    expect(titles(filterActionItems(items, { status: "not_started", owner: school }, today))).toEqual(["Youth work"]);
    expect(filterActionItems(items, { status: "done", owner: school }, today)).toEqual([]);
  });
});

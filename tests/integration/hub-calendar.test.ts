import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addClosureDayAction, removeClosureDayAction, saveCalendarYearAction } from "@/lib/hub/actions";
import { auditCount, call, seedDemo, type Demo } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
const bradford = { partnership: "bradford" };

const year2028 = {
  academicYear: "2028",
  "autumn.startsOn": "2028-09-04",
  "autumn.halfTermStartsOn": "2028-10-23",
  "autumn.halfTermEndsOn": "2028-10-27",
  "autumn.endsOn": "2028-12-20",
  "spring.startsOn": "2029-01-08",
  "spring.halfTermStartsOn": "2029-02-12",
  "spring.halfTermEndsOn": "2029-02-16",
  "spring.endsOn": "2029-03-29",
  "summer.startsOn": "2029-04-16",
  "summer.halfTermStartsOn": "2029-05-28",
  "summer.halfTermEndsOn": "2029-06-01",
  "summer.endsOn": "2029-07-20",
};

beforeAll(async () => {
  demo = await seedDemo();
});

describe("the partnership's school calendar", () => {
  it("is kept by co-ordinators and partnership admins; board members, research partners, members and other tenants are refused", async () => {
    for (const key of ["board", "research", "member", "kirklees-admin", "kirklees-coordinator"]) {
      expect(await call(saveCalendarYearAction, demo.users[key]!.id, { ...bradford, ...year2028 }), key).toMatchObject({ status: "error", code: "not_found" });
    }
    expect(await db().schoolTerm.count({ where: { partnershipId: demo.bradford.id, academicYear: 2028 } })).toBe(0);
    expect(await call(saveCalendarYearAction, demo.users["coordinator-mg"]!.id, { ...bradford, ...year2028 })).toMatchObject({ status: "success", message: "Term dates for 2028/29 saved." });
    expect(await call(saveCalendarYearAction, demo.users.admin!.id, { ...bradford, ...year2028, "autumn.endsOn": "2028-12-21" })).toMatchObject({ status: "success" });
    expect(await db().schoolTerm.count({ where: { partnershipId: demo.bradford.id, academicYear: 2028 } })).toBe(3);
    expect(await auditCount({ action: "hub.calendar_saved", partnershipId: demo.bradford.id })).toBe(2);
  });

  it("refuses dates that make no sense, with the reason beside each field", async () => {
    const outcome = await call(saveCalendarYearAction, demo.users.admin!.id, { ...bradford, ...year2028, "autumn.startsOn": "2027-09-04", "spring.halfTermEndsOn": "2029-02-11", "summer.endsOn": "2029-02-30" });
    expect(outcome).toMatchObject({ status: "error", fieldErrors: { "summer.endsOn": ["Enter a real date"] } });
    const second = await call(saveCalendarYearAction, demo.users.admin!.id, { ...bradford, ...year2028, "autumn.startsOn": "2027-09-04", "spring.halfTermEndsOn": "2029-02-11" });
    expect(second).toMatchObject({ status: "error", fieldErrors: { "autumn.startsOn": [expect.stringContaining("between 15 August 2028")], "spring.halfTermEndsOn": [expect.stringContaining("on or after")] } });
  });

  it("refuses a change that would put a session with recorded outputs in the holidays", async () => {
    // The seeded hubs have outputs from the first week of the term; starting that term a day after the first one is refused.
    const output = await db().hubSessionOutput.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, session: { kind: "weekly" } }, orderBy: { date: "asc" } });
    const term = await db().schoolTerm.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, startsOn: { lte: output.date }, endsOn: { gte: output.date } } });
    const fields: Record<string, string> = { academicYear: String(term.academicYear) };
    for (const t of await db().schoolTerm.findMany({ where: { partnershipId: demo.bradford.id, academicYear: term.academicYear } })) {
      for (const f of ["startsOn", "endsOn", "halfTermStartsOn", "halfTermEndsOn"] as const) fields[`${t.term}.${f}`] = t[f].toISOString().slice(0, 10);
    }
    const dayAfter = new Date(output.date.getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(dayAfter < fields[`${term.term}.halfTermStartsOn`]!).toBe(true);
    const outcome = await call(saveCalendarYearAction, demo.users.admin!.id, { ...bradford, ...fields, [`${term.term}.startsOn`]: dayAfter });
    expect(outcome).toMatchObject({ status: "error", message: expect.stringContaining("Outputs are recorded for sessions this change would put in the holidays") });
    expect(await db().schoolTerm.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: term.id } } })).toMatchObject({ startsOn: term.startsOn });
    // The same dates as they are save without complaint.
    expect(await call(saveCalendarYearAction, demo.users.admin!.id, { ...bradford, ...fields })).toMatchObject({ status: "success" });
  });

  it("takes closure days on school days only, and not on a day with recorded outputs", async () => {
    expect(await call(addClosureDayAction, demo.users.coordinator!.id, { ...bradford, date: "2028-12-25", label: "Christmas" })).toMatchObject({ status: "error", fieldErrors: { date: [expect.stringContaining("Christmas holidays")] } });
    expect(await call(addClosureDayAction, demo.users.coordinator!.id, { ...bradford, date: "2028-11-10", label: "Staff training day" })).toMatchObject({ status: "success" });
    expect(await call(addClosureDayAction, demo.users.coordinator!.id, { ...bradford, date: "2028-11-10", label: "Again" })).toMatchObject({ status: "error", fieldErrors: { date: [expect.stringContaining("already a closure day")] } });
    const output = await db().hubSessionOutput.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, session: { kind: "weekly" } } });
    expect(await call(addClosureDayAction, demo.users.coordinator!.id, { ...bradford, date: output.date.toISOString().slice(0, 10), label: "Strike day" })).toMatchObject({
      status: "error",
      fieldErrors: { date: [expect.stringContaining("Outputs are recorded")] },
    });
    const closure = await db().schoolClosureDay.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, date: new Date("2028-11-10T00:00:00Z") } });
    expect(await call(removeClosureDayAction, demo.users.member!.id, { ...bradford, closureId: closure.id })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(removeClosureDayAction, demo.users.coordinator!.id, { ...bradford, closureId: closure.id })).toMatchObject({ status: "success" });
  });
});

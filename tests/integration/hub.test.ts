import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  addAllocationAction,
  addContributionAction,
  addServiceAction,
  addServiceTypeAction,
  addSessionAction,
  addSpokeAction,
  cancelOccurrenceAction,
  createHubAction,
  planHubBudgetAction,
  recordHubSpendAction,
  removeServiceAction,
  removeSessionAction,
  removeSpokeAction,
  restoreOccurrenceAction,
  saveOutputsAction,
  updateAllocationAction,
  updateHubAction,
  updateSessionAction,
} from "@/lib/hub/actions";
import type { FormAction } from "@/lib/action/result";
import { loadActor, resolveTenant } from "@/lib/tenancy/resolve";
import { loadSnapshot } from "@/lib/blueprint/services/snapshot";
import { getOutputsMonth } from "@/lib/hub/services/outputs-queries";
import { hubReachByArea, hubReachForArea } from "@/lib/hub/services/reach";
import { getHubBudget } from "@/lib/hub/services/budget-queries";
import { financialYearOf } from "@/lib/budget/financial-year";
import { ukToday } from "@/lib/blueprint/today";
import { OUTPUT_FIELDS } from "@/lib/hub/totals";
import { auditCount, call, seedDemo, type Demo } from "./support/fixtures";

vi.mock("@/lib/action/runtime", () => import("./support/action-runtime"));

let demo: Demo;
const keighley = { partnership: "bradford", area: "keighley" };
const hw = { partnership: "bradford", area: "holme-wood" };
const mg = { partnership: "bradford", area: "manningham-girlington" };
const coordinator = () => demo.users.coordinator!.id;
const org = (name: string) => demo.bradford.orgs[name]!;
const thisYear = financialYearOf(ukToday());

async function tenantCtx(userKey: string) {
  const actor = (await loadActor(demo.users[userKey]!.id))!;
  return (await resolveTenant(actor, "bradford", { requestId: "test" }))!;
}
const keighleyHub = () => db().schoolHealthHub.findUniqueOrThrow({ where: { partnershipId_areaId: { partnershipId: demo.bradford.id, areaId: demo.bradford.areas.keighley! } } });
const typeId = async (name: string) => (await db().hubServiceType.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, name } })).id;

const services: Record<string, string> = {};
let dentalWeekly: string;
let flu: string;

beforeAll(async () => {
  demo = await seedDemo();
  // The seed adds organisations for the hubs; the fixture listed only those of the core seed.
  const orgs = await db().organisation.findMany({ where: { partnershipId: demo.bradford.id }, select: { id: true, name: true } });
  demo.bradford.orgs = Object.fromEntries(orgs.map((o) => [o.name, o.id]));
});

describe("setting up a hub", () => {
  it("takes a school or early-years setting as host, and only one hub per area", async () => {
    const fields = { ...keighley, name: "Keighley School Health Hub", space: "The family room", "offer.timetabled": "on", "offer.one_stop_shop": "on" };
    expect(await call(createHubAction, coordinator(), { ...fields, hostOrganisationId: org("Keighley Voluntary Services") })).toMatchObject({
      status: "error",
      fieldErrors: { hostOrganisationId: ["Choose a school or early-years setting of the partnership"] },
    });
    expect(await call(createHubAction, coordinator(), { ...fields, hostOrganisationId: crypto.randomUUID() })).toMatchObject({ status: "error", fieldErrors: { hostOrganisationId: expect.any(Array) } });
    // An offer model the product does not know is not taken.
    expect(await call(createHubAction, coordinator(), { ...fields, "offer.drop_in_anytime": "on", hostOrganisationId: org("Keighley Central Primary") })).toMatchObject({ status: "redirect" });
    expect(await call(createHubAction, coordinator(), { ...fields, hostOrganisationId: org("Keighley Central Primary") })).toMatchObject({ status: "error", code: "conflict" });
    expect((await keighleyHub()).offerModels).toEqual(["one_stop_shop", "timetabled"]);
    expect(await auditCount({ action: "hub.created", partnershipId: demo.bradford.id })).toBe(1);
  });

  it("adds schools and settings as spokes, never the host, another kind of organisation or the same one twice", async () => {
    expect(await call(addSpokeAction, coordinator(), { ...keighley, organisationId: org("Parkwood Primary School") })).toMatchObject({ status: "success", message: "Parkwood Primary School is now a spoke of the hub." });
    expect(await call(addSpokeAction, coordinator(), { ...keighley, organisationId: org("Strong Close Nursery School") })).toMatchObject({ status: "success" });
    expect(await call(addSpokeAction, coordinator(), { ...keighley, organisationId: org("Parkwood Primary School") })).toMatchObject({ status: "error", fieldErrors: { organisationId: ["Parkwood Primary School is already a spoke"] } });
    expect(await call(addSpokeAction, coordinator(), { ...keighley, organisationId: org("Keighley Central Primary") })).toMatchObject({ status: "error", fieldErrors: { organisationId: [expect.stringContaining("hosts the hub")] } });
    expect(await call(addSpokeAction, coordinator(), { ...keighley, organisationId: org("West Yorkshire Police") })).toMatchObject({ status: "error" });
    expect(await db().hubSpoke.count({ where: { partnershipId: demo.bradford.id, hubId: (await keighleyHub()).id } })).toBe(2);
  });

  it("refuses a spoke as the new host", async () => {
    expect(await call(updateHubAction, coordinator(), { ...keighley, name: "Keighley School Health Hub", space: "The family room", hostOrganisationId: org("Parkwood Primary School") })).toMatchObject({
      status: "error",
      fieldErrors: { hostOrganisationId: [expect.stringContaining("is one of the hub's spokes")] },
    });
  });

  it("identifies the hub on the phase 3 checklist, and plans its offer once a service has a session", async () => {
    const snapshot = () => loadSnapshot(db(), { partnershipId: demo.bradford.id, areaId: demo.bradford.areas.keighley! }, 1, ukToday());
    expect((await snapshot()).hub).toEqual({ host: "Keighley Central Primary", offer: ["One-stop shop on designated dates", "Services timetabled through the week"], servicesWithSessions: 0 });
  });
});

describe("services and their timetable", () => {
  it("adds services at the host or a spoke of this hub only", async () => {
    const hub = await keighleyHub();
    const spokes = await db().hubSpoke.findMany({ where: { partnershipId: demo.bradford.id, hubId: hub.id }, include: { organisation: true } });
    const parkwood = spokes.find((s) => s.organisation.name === "Parkwood Primary School")!.id;
    const holmeWoodSpoke = (await db().hubSpoke.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, hub: { areaId: demo.bradford.areas["holme-wood"]! } } })).id;
    const add = (type: string, provider: string, place: string) => call(addServiceAction, coordinator(), { ...keighley, typeId: type, providerOrganisationId: org(provider), place, description: "" });

    expect(await add(await typeId("Dental"), "Bradford Community Dental Service", holmeWoodSpoke)).toMatchObject({ status: "error", fieldErrors: { place: ["Choose the host or one of the hub's spokes"] } });
    expect(await add(crypto.randomUUID(), "Bradford Community Dental Service", "host")).toMatchObject({ status: "error", fieldErrors: { typeId: expect.any(Array) } });
    for (const [type, provider, place] of [
      ["Dental", "Bradford Community Dental Service", "host"],
      ["Immunisation", "Bradford District Care NHS Foundation Trust", "host"],
      ["Mental health support", "Bradford Mental Health Support Team in Schools", parkwood],
    ] as const) {
      const outcome = await add(await typeId(type), provider, place);
      expect(outcome).toMatchObject({ status: "redirect", to: expect.stringMatching(/\/hub\/services\/[0-9a-f-]{36}\?added=1$/) });
      services[type] = (outcome as { to: string }).to.match(/services\/([0-9a-f-]{36})/)![1]!;
    }
    expect(await call(removeSpokeAction, coordinator(), { ...keighley, spokeId: parkwood })).toMatchObject({ status: "error", code: "conflict", message: expect.stringContaining("Services run at Parkwood Primary School") });
  });

  it("lets the partnership add its own kind of service, once", async () => {
    expect(await call(addServiceTypeAction, coordinator(), { ...keighley, name: "Eyesight checks", outcome: "" })).toMatchObject({ status: "success" });
    expect(await call(addServiceTypeAction, coordinator(), { ...keighley, name: "eyesight CHECKS", outcome: "" })).toMatchObject({ status: "error", fieldErrors: { name: [expect.stringContaining("already has")] } });
    expect(await call(addServiceTypeAction, coordinator(), { ...keighley, name: "Hearing", outcome: "astrology" })).toMatchObject({ status: "error", fieldErrors: { outcome: expect.any(Array) } });
  });

  it("runs weekly sessions in term time only, and refuses a one-off date in the holidays unless the school opens for it", async () => {
    const weekly = { ...keighley, serviceId: services.Dental!, kind: "weekly", weekday: "2", startsOn: "2026-09-01", endsOn: "2027-07-21", intervalWeeks: "1", startTime: "09:00", endTime: "12:00" };
    expect(await call(addSessionAction, coordinator(), { ...weekly, endTime: "08:00" })).toMatchObject({ status: "error", fieldErrors: { endTime: ["The session ends after it starts"] } });
    expect(await call(addSessionAction, coordinator(), { ...weekly, startsOn: "2026-10-26", endsOn: "2026-10-30" })).toMatchObject({ status: "error", fieldErrors: { weekday: [expect.stringContaining("No school day")] } });
    expect(await call(addSessionAction, coordinator(), weekly)).toMatchObject({ status: "success", message: "Weekly Dental session added to the timetable, in term time." });
    dentalWeekly = (await db().hubSession.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, serviceId: services.Dental! } })).id;

    const once = { ...keighley, serviceId: services.Immunisation!, kind: "one_off", date: "2026-10-28", startTime: "09:00", endTime: "15:00" };
    expect(await call(addSessionAction, coordinator(), once)).toMatchObject({ status: "error", fieldErrors: { date: [expect.stringContaining("Autumn half-term")] } });
    expect(await call(addSessionAction, coordinator(), { ...once, duringHolidays: "on" })).toMatchObject({ status: "success" });
    expect(await call(addSessionAction, coordinator(), { ...once, date: "2026-11-18" })).toMatchObject({ status: "success" });
    flu = (await db().hubSession.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, serviceId: services.Immunisation!, startsOn: new Date("2026-11-18T00:00:00Z") } })).id;
    expect(await call(addSessionAction, coordinator(), { ...keighley, serviceId: services["Mental health support"]!, kind: "weekly", weekday: "3", startsOn: "2026-09-01", endsOn: "2027-07-21", intervalWeeks: "2", startTime: "13:00", endTime: "15:30" })).toMatchObject({ status: "success" });

    const ctx = await tenantCtx("coordinator");
    const october = await getOutputsMonth(ctx, demo.bradford.areas.keighley!, "2026-10", "2026-12-01");
    const dentalDates = october!.rows.filter((r) => r.sessionId === dentalWeekly).map((r) => r.date);
    // Tuesdays of October 2026, with the half-term Tuesday (27th) left out.
    expect(dentalDates).toEqual(["2026-10-06", "2026-10-13", "2026-10-20"]);
    const snapshot = await loadSnapshot(db(), { partnershipId: demo.bradford.id, areaId: demo.bradford.areas.keighley! }, 1, ukToday());
    expect(snapshot.hub?.servicesWithSessions).toBe(3);
  });

  it("cancels a single date, and restores it", async () => {
    expect(await call(cancelOccurrenceAction, coordinator(), { ...keighley, sessionId: dentalWeekly, date: "2026-10-27", reason: "Half-term" })).toMatchObject({ status: "error", fieldErrors: { date: [expect.stringContaining("not timetabled")] } });
    expect(await call(cancelOccurrenceAction, coordinator(), { ...keighley, sessionId: dentalWeekly, date: "2026-11-24", reason: "Dentist on training" })).toMatchObject({ status: "success" });
    expect(await call(cancelOccurrenceAction, coordinator(), { ...keighley, sessionId: dentalWeekly, date: "2026-11-24", reason: "Again" })).toMatchObject({ status: "error", fieldErrors: { date: [expect.stringContaining("already cancelled")] } });
    const november = await getOutputsMonth(await tenantCtx("coordinator"), demo.bradford.areas.keighley!, "2026-11", "2026-12-01");
    expect(november!.rows.filter((r) => r.sessionId === dentalWeekly).map((r) => r.date)).toEqual(["2026-11-03", "2026-11-10", "2026-11-17"]);
    const cancellation = await db().hubSessionCancellation.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, sessionId: dentalWeekly } });
    expect(await call(restoreOccurrenceAction, coordinator(), { ...keighley, cancellationId: cancellation.id })).toMatchObject({ status: "success" });
    await call(cancelOccurrenceAction, coordinator(), { ...keighley, sessionId: dentalWeekly, date: "2026-11-24", reason: "Dentist on training" });
  });
});

describe("the outputs grid", () => {
  const row = (i: number, sessionId: string, date: string, counts: Partial<Record<(typeof OUTPUT_FIELDS)[number], string>>) =>
    Object.fromEntries([[`rows.${i}.session`, sessionId], [`rows.${i}.date`, date], ...Object.entries(counts).map(([k, v]) => [`rows.${i}.${k}`, v])]);

  it("saves many sessions at once, blanks in a filled row counting as 0, and totals match the sessions exactly", async () => {
    const outcome = await call(saveOutputsAction, coordinator(), {
      ...keighley,
      ...row(0, dentalWeekly, "2026-11-03", { childrenSeen: "9", familiesSeen: "7", referralsMade: "1", newDentistRegistrations: "2" }),
      ...row(1, dentalWeekly, "2026-11-10", { childrenSeen: "11", familiesSeen: "8", newDentistRegistrations: "3" }),
      ...row(2, dentalWeekly, "2026-11-17", {}),
      ...row(3, flu, "2026-11-18", { childrenSeen: "112", familiesSeen: "30", vaccinationsGiven: "112" }),
    });
    expect(outcome).toMatchObject({ status: "success", message: "Outputs saved for 3 sessions." });
    const ctx = await tenantCtx("coordinator");
    const november = (await getOutputsMonth(ctx, demo.bradford.areas.keighley!, "2026-11", "2026-12-01"))!;
    expect(november.month.byService.all).toEqual({ sessions: 3, childrenSeen: 132, familiesSeen: 45, referralsMade: 1, newGpRegistrations: 0, newDentistRegistrations: 5, vaccinationsGiven: 112 });
    expect(november.month.byService.lines.map((l) => [l.label, l.totals.childrenSeen, l.totals.sessions])).toEqual([
      ["Dental, Keighley Central Primary", 20, 2],
      ["Immunisation, Keighley Central Primary", 112, 1],
    ]);
    expect(november.month.byPlace.lines.map((l) => [l.label, l.totals.childrenSeen])).toEqual([["Keighley Central Primary (host)", 132]]);
    expect(november.term).toMatchObject({ title: "Autumn term 2026", byService: { all: { childrenSeen: 132 } } });
    const reach = (await hubReachForArea(ctx, demo.bradford.areas.keighley!, "2026-12-01"))!;
    expect(reach.allTime).toEqual(november.month.byService.all);
    expect(reach.outcomes.allTime).toEqual({ childrenReceivingDentalCare: 20, vaccinationsGiven: 112, childrenReceivingMentalHealthSupport: 0, newGpRegistrations: 0, newDentistRegistrations: 5 });
    expect(await auditCount({ action: "hub.outputs_saved", partnershipId: demo.bradford.id })).toBe(1);
  });

  it("clears a row left empty, and leaves unchanged rows alone", async () => {
    const same = await call(saveOutputsAction, coordinator(), { ...keighley, ...row(0, dentalWeekly, "2026-11-03", { childrenSeen: "9", familiesSeen: "7", referralsMade: "1", newDentistRegistrations: "2" }) });
    expect(same).toMatchObject({ status: "success", message: "Nothing had changed: the outputs are as they were." });
    expect(await call(saveOutputsAction, coordinator(), { ...keighley, ...row(0, dentalWeekly, "2026-11-10", {}) })).toMatchObject({ status: "success", message: "Outputs saved for 0 sessions; cleared for 1." });
    expect(await db().hubSessionOutput.count({ where: { partnershipId: demo.bradford.id, sessionId: dentalWeekly } })).toBe(1);
  });

  it("refuses counts that are not whole numbers from 0, and dates the session did not run on", async () => {
    const before = await db().hubSessionOutput.count();
    expect(await call(saveOutputsAction, coordinator(), { ...keighley, ...row(0, dentalWeekly, "2026-11-17", { childrenSeen: "-1", familiesSeen: "2.5", referralsMade: "lots" }) })).toMatchObject({
      status: "error",
      fieldErrors: { "rows.0.childrenSeen": [expect.stringContaining("whole number")], "rows.0.familiesSeen": expect.any(Array), "rows.0.referralsMade": expect.any(Array) },
    });
    expect(await call(saveOutputsAction, coordinator(), { ...keighley, ...row(0, dentalWeekly, "2026-10-27", { childrenSeen: "5" }) })).toMatchObject({ status: "error", fieldErrors: { "rows.0.childrenSeen": [expect.stringContaining("not timetabled")] } });
    expect(await call(saveOutputsAction, coordinator(), { ...keighley, ...row(0, dentalWeekly, "2026-11-24", { childrenSeen: "5" }) })).toMatchObject({ status: "error", fieldErrors: { "rows.0.childrenSeen": [expect.stringContaining("was cancelled")] } });
    expect(await call(saveOutputsAction, coordinator(), { ...keighley, ...row(0, dentalWeekly, "2027-07-20", { childrenSeen: "5" }) })).toMatchObject({ status: "error" });
    expect(await call(saveOutputsAction, coordinator(), { ...keighley, ...row(0, dentalWeekly, "2026-11-17", { childrenSeen: "3" }), ...row(1, dentalWeekly, "2026-11-17", { childrenSeen: "4" }) })).toMatchObject({ status: "error" });
    expect(await db().hubSessionOutput.count()).toBe(before);
  });

  it("changes a session's times and last date, but never so that a date with outputs falls off the timetable", async () => {
    const change = (endsOn: string) => call(updateSessionAction, coordinator(), { ...keighley, sessionId: dentalWeekly, startTime: "09:30", endTime: "12:00", endsOn });
    expect(await change("2026-11-02")).toMatchObject({ status: "error", fieldErrors: { endsOn: ["Outputs are recorded for 3 November 2026: the session runs at least until then"] } });
    expect(await change("2026-08-01")).toMatchObject({ status: "error", fieldErrors: { endsOn: [expect.stringContaining("on or after the first")] } });
    expect(await change("2027-03-26")).toMatchObject({ status: "success" });
    expect(await db().hubSession.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: dentalWeekly } } })).toMatchObject({ startMinute: 570, endsOn: new Date("2027-03-26T00:00:00Z") });
  });

  it("keeps a session or service with outputs on the record, and a date with outputs from being cancelled", async () => {
    expect(await call(removeSessionAction, coordinator(), { ...keighley, sessionId: dentalWeekly })).toMatchObject({ status: "error", code: "conflict" });
    expect(await call(removeServiceAction, coordinator(), { ...keighley, serviceId: services.Dental! })).toMatchObject({ status: "error", code: "conflict" });
    expect(await call(cancelOccurrenceAction, coordinator(), { ...keighley, sessionId: dentalWeekly, date: "2026-11-03", reason: "Too late" })).toMatchObject({ status: "error", fieldErrors: { date: [expect.stringContaining("took place")] } });
  });
});

describe("the hub budget and its taper", () => {
  const plan = (percents: string[], firstYearBudget = "40,000") =>
    call(planHubBudgetAction, coordinator(), { ...keighley, startYear: String(thisYear), firstYearBudget, ...Object.fromEntries(percents.map((p, i) => [`percent.${i + 1}`, p])) });
  const year = async (fy: number) => db().hubBudgetYear.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, hubId: (await keighleyHub()).id, financialYear: fy } });

  it("plans 100 / 75 / 50 / 25 % of the first year, and refuses a taper that rises or skips a year", async () => {
    expect(await plan(["75", "80"])).toMatchObject({ status: "error", fieldErrors: { "percent.2": [expect.stringContaining("does not rise")] } });
    expect(await plan(["75", "", "25"])).toMatchObject({ status: "error", fieldErrors: { "percent.2": [expect.stringContaining("in order")] } });
    expect(await plan(["75", "50", "25"])).toMatchObject({ status: "success", message: expect.stringContaining("4 financial years") });
    const years = await db().hubBudgetYear.findMany({ where: { partnershipId: demo.bradford.id, hubId: (await keighleyHub()).id }, orderBy: { financialYear: "asc" } });
    expect(years.map((y) => [y.financialYear - thisYear, y.taperPercent, y.amountPence])).toEqual([
      [0, 100, 4_000_000],
      [1, 75, 3_000_000],
      [2, 50, 2_000_000],
      [3, 25, 1_000_000],
    ]);
  });

  it("refuses a forged allocation beyond the year's budget, and a category the guide does not allow", async () => {
    const y = await year(thisYear);
    const allocate = (amount: string, category = "coordination") => call(addAllocationAction, coordinator(), { ...keighley, budgetYearId: y.id, category, description: "Hub co-ordinator", amount });
    expect(await allocate("40,000.01")).toMatchObject({ status: "error", fieldErrors: { amount: [`Only £40,000 of the ${thisYear}-${String((thisYear + 1) % 100).padStart(2, "0")} budget of £40,000 is not yet allocated.`] } });
    expect(await allocate("1000", "salaries")).toMatchObject({ status: "error", fieldErrors: { category: ["Choose one of the categories the hub budget may be spent on"] } });
    expect(await allocate("15,000")).toMatchObject({ status: "success" });
    expect(await allocate("25,000.01", "equipment")).toMatchObject({ status: "error", fieldErrors: { amount: [expect.stringContaining("Only £25,000")] } });
  });

  it("never allocates more than the year's budget, even when two allocations are made at the same moment", async () => {
    const y = await year(thisYear + 1);
    const allocate = (category: string) => call(addAllocationAction, coordinator(), { ...keighley, budgetYearId: y.id, category, description: "Commissioned sessions", amount: "18,000" });
    const both = await Promise.all([allocate("commissioned_services"), allocate("co_location")]);
    expect(both.map((o) => o.status).sort()).toEqual(["error", "success"]);
    expect(both.find((o) => o.status === "error")).toMatchObject({ fieldErrors: { amount: [expect.stringContaining("Only £12,000")] } });
    const total = await db().hubAllocation.aggregate({ where: { partnershipId: demo.bradford.id, budgetYearId: y.id }, _sum: { amountPence: true } });
    expect(total._sum.amountPence).toBe(1_800_000);
  });

  it("refuses a taper edited below what a year already has allocated, and takes one that keeps to it", async () => {
    expect(await plan(["40", "30", "20"])).toMatchObject({ status: "error", fieldErrors: { "percent.1": [expect.stringContaining("£18,000 allocated")] } });
    expect(await plan(["75", "60", "40"])).toMatchObject({ status: "success" });
    expect((await year(thisYear + 2)).amountPence).toBe(2_400_000);
    const raise = async () => {
      const allocation = await db().hubAllocation.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, budgetYearId: (await year(thisYear + 1)).id } });
      return call(updateAllocationAction, coordinator(), { ...keighley, allocationId: allocation.id, description: "Commissioned sessions", amount: "30,000.01" });
    };
    expect(await raise()).toMatchObject({ status: "error", fieldErrors: { amount: [expect.stringContaining("Only £30,000")] } });
  });

  it("records spend in the allocation's financial year, and flags a category that goes over", async () => {
    const allocation = await db().hubAllocation.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, budgetYearId: (await year(thisYear)).id } });
    const spend = (amount: string, spentOn: string) => call(recordHubSpendAction, coordinator(), { ...keighley, allocationId: allocation.id, amount, spentOn, description: "Co-ordinator salary" });
    expect(await spend("100", `${thisYear - 1}-12-01`)).toMatchObject({ status: "error", fieldErrors: { spentOn: [expect.stringContaining(`is in ${thisYear - 1}-`)] } });
    expect(await spend("14,000", ukToday())).toMatchObject({ status: "success", message: "£14,000 of spend recorded." });
    expect(await spend("1,500", ukToday())).toMatchObject({ status: "success", message: "£1,500 of spend recorded. Co-ordination staff time is now £500 over what is allocated to it." });
    const budget = await getHubBudget(await tenantCtx("member"), (await keighleyHub()).id);
    expect(budget.years[0]!.summary).toMatchObject({ allocatedPence: 1_500_000, spentPence: 1_550_000, overspent: ["coordination"] });
  });

  it("records statutory partners' contributions, and no one else's, and charts them against the taper", async () => {
    const contribute = (organisation: string, value: string, financialYear = thisYear + 3) =>
      call(addContributionAction, coordinator(), { ...keighley, financialYear: String(financialYear), organisationId: org(organisation), kind: "in_kind", value, description: "A school nurse one day a week" });
    expect(await contribute("Keighley Voluntary Services", "5000")).toMatchObject({ status: "error", fieldErrors: { organisationId: [expect.stringContaining("statutory partner")] } });
    expect(await contribute("Bradford District Care NHS Foundation Trust", "12,000")).toMatchObject({ status: "success" });
    const budget = await getHubBudget(await tenantCtx("coordinator"), (await keighleyHub()).id);
    expect(budget.points.at(-1)).toEqual({ financialYear: thisYear + 3, budgetPence: 1_600_000, contributionsPence: 1_200_000 });
    expect(budget.narrative).toMatch(/^By \d{4}-\d{2} statutory partners contribute £12,000 against a hub budget of £16,000 \(40% of the first year's £40,000\)\./);
    const reach = (await hubReachForArea(await tenantCtx("board"), demo.bradford.areas.keighley!))!;
    expect(reach.budget).toEqual({ financialYear: thisYear, budgetPence: 4_000_000, allocatedPence: 1_500_000, spentPence: 1_550_000, statutoryContributionsPence: 0 });
  });
});

describe("across areas and tenants", () => {
  it("refuses another area's hub records, even from a co-ordinator's own area, and changes nothing", async () => {
    const mgCoordinator = demo.users["coordinator-mg"]!.id;
    const allocation = await db().hubAllocation.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, budgetYear: { hub: { areaId: demo.bradford.areas.keighley! } } } });
    const spoke = await db().hubSpoke.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, hub: { areaId: demo.bradford.areas.keighley! } } });
    const before = await db().hubSessionOutput.count();
    for (const [action, fields] of [
      [saveOutputsAction, { "rows.0.session": dentalWeekly, "rows.0.date": "2026-11-17", "rows.0.childrenSeen": "99" }],
      [removeSessionAction, { sessionId: dentalWeekly }],
      [cancelOccurrenceAction, { sessionId: dentalWeekly, date: "2026-12-01", reason: "Forged" }],
      [removeServiceAction, { serviceId: services.Immunisation! }],
      [removeSpokeAction, { spokeId: spoke.id }],
      [updateAllocationAction, { allocationId: allocation.id, description: "Forged", amount: "1" }],
      [recordHubSpendAction, { allocationId: allocation.id, amount: "1", spentOn: ukToday(), description: "Forged" }],
    ] as [FormAction<unknown>, Record<string, string>][]) {
      expect(await call(action, mgCoordinator, { ...mg, ...fields }), JSON.stringify(fields)).toMatchObject({ status: "error", code: "not_found" });
    }
    expect(await db().hubSessionOutput.count()).toBe(before);
    expect((await db().hubAllocation.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: allocation.id } } })).amountPence).toBe(allocation.amountPence);
  });

  it("mixes no session of another hub into a save: the whole save is refused", async () => {
    const holmeWoodSession = await db().hubSession.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, service: { hub: { areaId: demo.bradford.areas["holme-wood"]! } } } });
    const outcome = await call(saveOutputsAction, coordinator(), {
      ...keighley,
      "rows.0.session": dentalWeekly,
      "rows.0.date": "2026-11-17",
      "rows.0.childrenSeen": "4",
      "rows.1.session": holmeWoodSession.id,
      "rows.1.date": "2026-11-17",
      "rows.1.childrenSeen": "4",
    });
    expect(outcome).toMatchObject({ status: "error", code: "not_found" });
    expect(await db().hubSessionOutput.count({ where: { partnershipId: demo.bradford.id, sessionId: dentalWeekly, date: new Date("2026-11-17T00:00:00Z") } })).toBe(0);
  });

  it("lets members read but not write, and a Kirklees co-ordinator's forged save from her own area is not found", async () => {
    expect(await call(addSpokeAction, demo.users.member!.id, { ...hw, organisationId: org("Parkwood Primary School") })).toMatchObject({ status: "error", code: "not_found" });
    expect(await call(addSpokeAction, demo.users.board!.id, { ...hw, organisationId: org("Parkwood Primary School") })).toMatchObject({ status: "error", code: "not_found" });
    const outcome = await call(saveOutputsAction, demo.users["kirklees-coordinator"]!.id, { partnership: "kirklees", area: "dewsbury-west", "rows.0.session": dentalWeekly, "rows.0.date": "2026-11-17", "rows.0.childrenSeen": "4" });
    expect(outcome).toMatchObject({ status: "error", code: "not_found" });
  });
});

describe("hubReachByArea", () => {
  it("gives the board every area, and a member only hers, with figures that are the sums of the recorded outputs", async () => {
    const board = await hubReachByArea(await tenantCtx("board"));
    expect(board.map((r) => r.areaSlug)).toEqual(["holme-wood", "keighley", "manningham-girlington"]);
    const member = await hubReachByArea(await tenantCtx("member"));
    expect(member.map((r) => r.areaSlug)).toEqual(["holme-wood"]);

    const holmeWood = board.find((r) => r.areaSlug === "holme-wood")!;
    const sums = await db().hubSessionOutput.aggregate({
      where: { partnershipId: demo.bradford.id, session: { service: { hub: { areaId: demo.bradford.areas["holme-wood"]! } } } },
      _count: true,
      _sum: { childrenSeen: true, familiesSeen: true, referralsMade: true, newGpRegistrations: true, newDentistRegistrations: true, vaccinationsGiven: true },
    });
    expect(holmeWood.allTime).toEqual({ sessions: sums._count, ...sums._sum });
    expect(holmeWood.hub).toMatchObject({ name: "Holme Wood School Health Hub", host: "Holme Wood Primary Academy", spokes: 2 });
    // A term's outputs for an estate of about 10,000 people: a few hundred children seen.
    expect(holmeWood.allTime.childrenSeen).toBeGreaterThan(200);
    expect(holmeWood.allTime.childrenSeen).toBeLessThan(2000);
    expect(holmeWood.budget).toMatchObject({ financialYear: thisYear, budgetPence: 4_000_000, allocatedPence: 3_950_000 });
  });

  it("sees nothing of Bradford from Kirklees", async () => {
    const kirklees = await hubReachByArea((await resolveTenant((await loadActor(demo.users["kirklees-admin"]!.id))!, "kirklees"))!);
    expect(kirklees.map((r) => [r.areaSlug, r.hub, r.allTime.sessions])).toEqual([["dewsbury-west", null, 0]]);
  });
});

describe("every hub action, from another area", () => {
  /**
   * Each action that names a record by id, called by Manningham & Girlington's co-ordinator from
   * her own area with the ids of Keighley's and Holme Wood's records: not found, nothing changed.
   * The others act on the caller's own area's hub only; they are listed so a new action must be placed.
   */
  const OWN_AREA_ONLY = ["hub.create", "hub.update", "hub.spoke.add", "hub.service_type.add", "hub.service.add", "hub.budget.plan", "hub.contribution.add"];

  it("answers not found for another area's records, and changes nothing", async () => {
    const { discoverActions } = await import("./support/action-modules");
    const { actions } = await discoverActions();
    const hubActions = actions.filter((a) => a.file === "lib/hub/actions.ts" && a.meta.scope === "area");
    const scope = { partnershipId: demo.bradford.id };
    const inKeighley = { hub: { areaId: demo.bradford.areas.keighley! } };
    const ids: Record<string, string> = {
      spokeId: (await db().hubSpoke.findFirstOrThrow({ where: { ...scope, ...inKeighley } })).id,
      serviceId: services.Immunisation!,
      sessionId: dentalWeekly,
      cancellationId: (await db().hubSessionCancellation.findFirstOrThrow({ where: { ...scope, sessionId: dentalWeekly } })).id,
      budgetYearId: (await db().hubBudgetYear.findFirstOrThrow({ where: { ...scope, ...inKeighley } })).id,
      allocationId: (await db().hubAllocation.findFirstOrThrow({ where: { ...scope, budgetYear: inKeighley } })).id,
      contributionId: (await db().hubContribution.findFirstOrThrow({ where: { ...scope, ...inKeighley } })).id,
      "rows.0.session": dentalWeekly,
    };
    const plausible = {
      date: "2026-12-08", "rows.0.date": "2026-11-17", "rows.0.childrenSeen": "9", reason: "Forged", description: "Forged", amount: "1", spentOn: ukToday(), category: "equipment",
      kind: "weekly", weekday: "2", startsOn: "2026-09-01", endsOn: "2027-07-21", startTime: "09:00", endTime: "10:00", typeId: await typeId("Dental"), providerOrganisationId: org("Bradford Community Dental Service"), place: "host",
    };
    const counts = async () => Promise.all([db().hubSessionOutput.count(), db().hubSession.count(), db().hubSessionCancellation.count(), db().hubService.count(), db().hubSpoke.count(), db().hubAllocation.count(), db().hubSpend.count(), db().hubContribution.count(), db().hubAllocation.aggregate({ _sum: { amountPence: true } })]);
    const before = JSON.stringify(await counts());
    const failures: string[] = [];
    for (const { exportName, action, meta } of hubActions) {
      if (OWN_AREA_ONLY.includes(meta.name)) continue;
      const outcome = await call(action, demo.users["coordinator-mg"]!.id, { ...mg, ...plausible, ...ids });
      if (outcome.status !== "error" || outcome.code !== "not_found") failures.push(`${exportName}: ${JSON.stringify(outcome)}`);
    }
    expect(failures).toEqual([]);
    expect(JSON.stringify(await counts())).toBe(before);
    // Every area action of the module is either checked above or listed as acting on the caller's own hub.
    expect(hubActions.length).toBeGreaterThan(OWN_AREA_ONLY.length + 8);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { OUTPUT_FIELDS } from "@/lib/hub/totals";
import { seedDemo, type Demo } from "./support/fixtures";

/**
 * The School Health Hub records aggregates only (DESIGN §2): no column may hold a child's or a
 * family's name, date of birth, NHS number or any other identifier. Every column of every hub
 * table is listed here; adding one fails this test until someone has looked at it and said so.
 */
const ALLOWED: Record<string, string[]> = {
  SchoolTerm: ["partnershipId", "id", "academicYear", "term", "startsOn", "endsOn", "halfTermStartsOn", "halfTermEndsOn", "updatedAt"],
  SchoolClosureDay: ["partnershipId", "id", "date", "label", "createdAt"],
  HubServiceType: ["partnershipId", "id", "name", "outcome", "builtIn", "createdAt"],
  SchoolHealthHub: ["partnershipId", "id", "areaId", "name", "hostOrganisationId", "space", "offerModels", "budgetStartYear", "firstYearBudgetPence", "createdAt", "updatedAt"],
  HubSpoke: ["partnershipId", "id", "hubId", "organisationId", "createdAt"],
  HubService: ["partnershipId", "id", "hubId", "typeId", "providerOrganisationId", "spokeId", "description", "createdAt", "updatedAt"],
  HubSession: ["partnershipId", "id", "serviceId", "kind", "startsOn", "endsOn", "weekday", "intervalWeeks", "startMinute", "endMinute", "duringHolidays", "createdAt"],
  HubSessionCancellation: ["partnershipId", "id", "sessionId", "date", "reason", "createdAt"],
  HubSessionOutput: ["partnershipId", "id", "sessionId", "date", ...OUTPUT_FIELDS, "createdAt", "updatedAt"],
  HubBudgetYear: ["partnershipId", "id", "hubId", "financialYear", "taperPercent", "amountPence", "createdAt", "updatedAt"],
  HubAllocation: ["partnershipId", "id", "budgetYearId", "category", "description", "amountPence", "createdAt", "updatedAt"],
  HubSpend: ["partnershipId", "id", "allocationId", "amountPence", "spentOn", "description", "createdAt"],
  HubContribution: ["partnershipId", "id", "hubId", "financialYear", "organisationId", "kind", "valuePence", "description", "createdAt"],
};
const OUTPUT_KEYS = ["partnershipId", "id", "sessionId", "date", "createdAt", "updatedAt"];

type Column = { table_name: string; column_name: string; data_type: string };
let columns: Column[];
let demo: Demo;

beforeAll(async () => {
  demo = await seedDemo();
  columns = await db().$queryRaw<Column[]>`
    SELECT table_name, column_name, data_type FROM information_schema.columns
    WHERE table_schema = 'public' AND (table_name LIKE 'Hub%' OR table_name LIKE 'School%')
    ORDER BY table_name, ordinal_position`;
});

describe("the hub's tables", () => {
  it("are exactly the tables listed, each with exactly the columns allowed", () => {
    const tables = [...new Set(columns.map((c) => c.table_name))].sort();
    expect(tables).toEqual(Object.keys(ALLOWED).sort());
    for (const [table, allowed] of Object.entries(ALLOWED)) {
      expect(columns.filter((c) => c.table_name === table).map((c) => c.column_name).sort(), table).toEqual([...allowed].sort());
    }
  });

  it("hold session outputs as whole-number counts and keys, nothing else", () => {
    const outputs = columns.filter((c) => c.table_name === "HubSessionOutput" && !OUTPUT_KEYS.includes(c.column_name));
    expect(outputs.map((c) => c.column_name).sort()).toEqual([...OUTPUT_FIELDS].sort());
    for (const c of outputs) expect(c.data_type, c.column_name).toBe("integer");
  });

  it("refuse a negative count, even written straight to the database", async () => {
    const session = await db().hubSession.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, kind: "weekly" } });
    await expect(
      db().$executeRaw`INSERT INTO "HubSessionOutput" ("partnershipId", "id", "sessionId", "date", "childrenSeen", "familiesSeen", "referralsMade", "newGpRegistrations", "newDentistRegistrations", "vaccinationsGiven", "updatedAt")
        VALUES (${demo.bradford.id}::uuid, gen_random_uuid(), ${session.id}::uuid, '2027-07-20', -1, 0, 0, 0, 0, 0, now())`,
    ).rejects.toThrow(/HubSessionOutput_counts_check/);
  });
});

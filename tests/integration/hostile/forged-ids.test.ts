import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { call, seedDemo, type Demo } from "../support/fixtures";
import { discoverActions, type DiscoveredAction } from "../support/action-modules";
import { generatedPayload, PLACEHOLDER_ID, type Payload } from "./support/payloads";
import { withOverrides } from "./support/base-payloads";
import { actorFor, changedTables, claims, fingerprint } from "./support/corpus";

vi.mock("@/lib/action/runtime", () => import("../support/action-runtime"));

/**
 * Insiders forging ids (issue 9 item 5): a Holme Wood co-ordinator or a Bradford admin, acting
 * on their own tenant and area, puts into each id field of every action the id of a record of
 * the other tenant (Kirklees) or, for area actions, of another area (Manningham & Girlington,
 * which the co-ordinator does not cover). Every other id field carries a real Holme Wood record,
 * so a refusal is the forged id's doing. Expected: refused, and no row of either tenant changed.
 */
let demo: Demo;
let actions: DiscoveredAction[];
type Pools = { own: Map<string, string>; foreign: Map<string, { id: string; whose: string }[]> };
let tables: { name: string; hasArea: boolean; idColumns: string[] }[];

/** The table an id field names: `roundId` → FundingRound, `hostOrganisationId` → Organisation, `id` → the action's own record. */
const ALIASES: Record<string, string> = {
  hostorganisation: "organisation",
  ownerorganisation: "organisation",
  providerorganisation: "organisation",
  round: "fundinground",
  application: "grantapplication",
  budget: "communitybudget",
  budgetyear: "hubbudgetyear",
  allocation: "huballocation",
  contribution: "hubcontribution",
  service: "hubservice",
  type: "hubservicetype",
  session: "hubsession",
  spoke: "hubspoke",
  cancellation: "hubsessioncancellation",
  closure: "schoolclosureday",
  item: "actionplanitem",
  decision: "meetingdecision",
  statement: "statementofintent",
  target: "indicatortarget",
  indicator: "indicatordefinition",
  batch: "uploadbatch",
  mapping: "columnmapping",
  token: "apitoken",
  rating: "capabilityrating",
  priority: "priority",
  geography: "areageography",
  outcome: "outcomemeasure",
  link: "statementsharelink",
  hub: "schoolhealthhub",
  area: "conveningpartnership",
};

/** Id fields an action's schema shares with another action but never reads (create shares update's schema). */
const IGNORED: Record<string, string[]> = { "review.capability.create": ["assessmentId"] };

function tableNamed(column: string): string | undefined {
  const raw = column.replace(/Ids?$/, "").toLowerCase();
  const stem = ALIASES[raw] ?? raw;
  if (!stem) return undefined;
  return tables.find((t) => t.name.toLowerCase() === stem)?.name ?? tables.find((t) => t.name.toLowerCase().endsWith(stem))?.name;
}

function tableFor(a: DiscoveredAction, field: string): string | undefined {
  return field === "id" ? tableNamed(`${a.meta.name.split(".").at(-2) ?? ""}Id`) : tableNamed(field);
}

/**
 * SQL for "rows of `table` in area `$2`": by its own areaId, or through a parent's (a round's
 * budget, a service's hub), up to two steps away.
 */
function inArea(table: string): string | null {
  const t = tables.find((x) => x.name === table)!;
  if (table === "ConveningPartnership") return `x."id" = $2::uuid`;
  if (t.hasArea) return `x."areaId" = $2::uuid`;
  for (const column of t.idColumns) {
    const parent = tables.find((x) => x.name === tableNamed(column));
    if (!parent || parent.name === table) continue;
    if (parent.hasArea) return `EXISTS (SELECT 1 FROM "${parent.name}" p WHERE p."id" = x."${column}" AND p."areaId" = $2::uuid)`;
    for (const up of parent.idColumns) {
      const grand = tables.find((x) => x.name === tableNamed(up));
      if (grand?.hasArea && grand.name !== parent.name) {
        return `EXISTS (SELECT 1 FROM "${parent.name}" p JOIN "${grand.name}" g ON g."id" = p."${up}" WHERE p."id" = x."${column}" AND g."areaId" = $2::uuid)`;
      }
    }
  }
  return null;
}

beforeAll(async () => {
  demo = await seedDemo();
  ({ actions } = await discoverActions());
  const rows = await db().$queryRaw<{ table_name: string; has_area: boolean; id_columns: string[] }[]>`
    SELECT c.table_name, bool_or(a.column_name IS NOT NULL) AS has_area,
      ARRAY(SELECT k.column_name::text FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.table_name AND k.column_name LIKE '%Id' AND k.column_name NOT IN ('partnershipId', 'areaId') ORDER BY k.ordinal_position) AS id_columns
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema AND t.table_type = 'BASE TABLE'
    JOIN information_schema.columns i ON i.table_name = c.table_name AND i.table_schema = c.table_schema AND i.column_name = 'id'
    LEFT JOIN information_schema.columns a ON a.table_name = c.table_name AND a.table_schema = c.table_schema AND a.column_name = 'areaId'
    WHERE c.table_schema = 'public' AND c.column_name = 'partnershipId' AND c.table_name NOT IN ('AuditEvent', 'DataPoint')
    GROUP BY c.table_name`;
  tables = rows.map((r) => ({ name: r.table_name, hasArea: r.has_area, idColumns: r.id_columns }));
});

async function pools(): Promise<Pools> {
  const own = new Map<string, string>();
  const foreign = new Map<string, { id: string; whose: string }[]>();
  const holmeWood = demo.bradford.areas["holme-wood"]!;
  const others = Object.entries(demo.bradford.areas).filter(([slug]) => slug !== "holme-wood");
  for (const t of tables) {
    const where = inArea(t.name);
    const [mine] = await db().$queryRawUnsafe<{ id: string }[]>(`SELECT x."id"::text AS id FROM "${t.name}" x WHERE x."partnershipId" = $1::uuid ${where ? `AND ${where}` : "AND $2::uuid IS NOT NULL"} ORDER BY x."id" LIMIT 1`, demo.bradford.id, holmeWood);
    if (mine) own.set(t.name, mine.id);
    const list: { id: string; whose: string }[] = [];
    const [theirs] = await db().$queryRawUnsafe<{ id: string }[]>(`SELECT "id"::text AS id FROM "${t.name}" WHERE "partnershipId" = $1::uuid ORDER BY "id" LIMIT 1`, demo.kirklees.id);
    if (theirs) list.push({ id: theirs.id, whose: "Kirklees" });
    for (const [slug, areaId] of where ? others : []) {
      const [other] = await db().$queryRawUnsafe<{ id: string }[]>(`SELECT x."id"::text AS id FROM "${t.name}" x WHERE x."partnershipId" = $1::uuid AND ${where} ORDER BY x."id" LIMIT 1`, demo.bradford.id, areaId);
      if (other) list.push({ id: other.id, whose: slug });
    }
    foreign.set(t.name, list);
  }
  // Users belong to no tenant: Kirklees members stand for "someone else's".
  const kirkleesUsers = await db().membership.findMany({ where: { partnershipId: demo.kirklees.id }, select: { userId: true }, take: 1 });
  foreign.set("User", kirkleesUsers.map((m) => ({ id: m.userId, whose: "Kirklees" })));
  own.set("User", demo.users.member!.id);
  return { own, foreign };
}

describe("forged ids", () => {
  it("of another tenant's or another area's records are refused in every id field of every action, and nothing changes", async () => {
    const { own, foreign } = await pools();
    const before = await fingerprint();
    const failures: string[] = [];
    let attempts = 0;
    for (const a of actions) {
      if (a.meta.scope === "public" || a.meta.scope === "platform") continue;
      const generated = withOverrides(a.meta.name, generatedPayload(a.meta.input));
      const idFields = Object.entries(generated)
        .filter(([k, v]) => (v === PLACEHOLDER_ID || (Array.isArray(v) && v.includes(PLACEHOLDER_ID))) && !IGNORED[a.meta.name]?.includes(k))
        .map(([k]) => k);
      const real: Payload = { ...generated };
      for (const f of idFields) {
        const t = tableFor(a, f);
        const id = t ? own.get(t) : undefined;
        if (id) real[f] = Array.isArray(real[f]) ? [id] : id;
      }
      if (a.meta.name === "indicators.outcome_measure.link" && own.get("IndicatorDefinition")) real.indicator = `indicator:${own.get("IndicatorDefinition")}`;
      for (const f of idFields) {
        const t = tableFor(a, f);
        for (const forged of t ? (foreign.get(t) ?? []) : []) {
          if (forged.whose !== "Kirklees" && a.meta.scope !== "area") continue;
          attempts += 1;
          if (process.env.HOSTILE_VERBOSE) console.log(`${a.meta.name}.${f} ← ${forged.whose} ${t}`);
          const payload = { ...real, [f]: Array.isArray(real[f]) ? [forged.id] : forged.id };
          const outcome = await call(a.action, actorFor(demo, a.meta), { ...payload, ...claims(a.meta) });
          if (outcome.status !== "error" || outcome.code === "unexpected") failures.push(`${a.meta.name}.${f} took ${forged.whose}'s ${t} ${forged.id}: ${JSON.stringify(outcome).slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(attempts).toBeGreaterThan(40);
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });
});

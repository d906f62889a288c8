import type { Db, Tx } from "@/lib/db/client";
import type { GeographyType } from "@/lib/generated/prisma/enums";
import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import { readStatementContent } from "@/lib/statement/content";
import { readTheoryContent } from "@/lib/theory-of-change/content";

type Scope = { partnershipId: string; areaId: string };
export type IndicatorRecords = AreaSnapshot["indicators"];

/**
 * What the checklist rules read about an area's indicators (lib/indicators/checklist-rules.ts),
 * for several areas at once: its outcome measures and the indicators they are linked to (its
 * focus indicators), the indicators named for its focus issue (the theory of change's outcomes
 * and the Statement of Intent's figures), and the end of the latest period with committed
 * figures for the area's geographies, read through the CurrentDataPoint view. One query after
 * another: the advance action runs this on its transaction's connection.
 */
export async function loadIndicatorRecordsForAreas(tx: Tx | Db, partnershipId: string, areaIds: readonly string[]): Promise<Map<string, IndicatorRecords>> {
  const ids = [...areaIds];
  const measures = await tx.outcomeMeasure.findMany({
    where: { partnershipId, areaId: { in: ids } },
    select: { areaId: true, name: true, indicator: { select: { id: true, code: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const states = await tx.phaseState.findMany({ where: { partnershipId, areaId: { in: ids }, focusPriorityId: { not: null } }, select: { areaId: true, focusPriorityId: true } });
  const focusOf = new Map(states.map((s) => [s.areaId, s.focusPriorityId!]));
  const pairs = states.map((s) => ({ areaId: s.areaId, priorityId: s.focusPriorityId! }));
  const theories = pairs.length
    ? await tx.theoryOfChange.findMany({
        where: { partnershipId, OR: pairs },
        select: { areaId: true, priorityId: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
      })
    : [];
  const statements = pairs.length
    ? await tx.statementOfIntent.findMany({
        where: { partnershipId, OR: pairs },
        select: { areaId: true, priorityId: true, content: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
      })
    : [];

  const named = new Map<string, Set<string>>();
  const name = (areaId: string, code: string) => {
    const c = code.trim().toLowerCase();
    if (c) named.set(areaId, (named.get(areaId) ?? new Set()).add(c));
  };
  for (const t of theories) {
    if (!t.areaId || focusOf.get(t.areaId) !== t.priorityId || !t.versions[0]) continue;
    for (const outcome of readTheoryContent(t.versions[0].content).outcomes) for (const code of outcome.indicatorCodes) name(t.areaId, code);
  }
  for (const s of statements) {
    if (focusOf.get(s.areaId) !== s.priorityId) continue;
    for (const f of readStatementContent(s.versions[0]?.content ?? s.content).figures) if (f.indicatorCode) name(s.areaId, f.indicatorCode);
  }
  const namedCodes = [...new Set([...named.values()].flatMap((set) => [...set]))];
  const definitions = namedCodes.length ? await tx.indicatorDefinition.findMany({ where: { partnershipId, code: { in: namedCodes } }, select: { id: true, code: true, name: true } }) : [];
  const byCode = new Map(definitions.map((d) => [d.code, d]));

  const areas = await tx.conveningPartnership.findMany({ where: { partnershipId, id: { in: ids } }, select: { id: true, slug: true, geographies: { select: { type: true, code: true } } } });
  const cellsOf = new Map(areas.map((a) => [a.id, [{ type: "area" as GeographyType, code: a.slug }, ...a.geographies]]));
  const indicatorIds = [...new Set([...measures.flatMap((m) => (m.indicator ? [m.indicator.id] : [])), ...definitions.map((d) => d.id)])];
  const codes = [...new Set([...cellsOf.values()].flat().map((c) => c.code))];
  const latest = await latestPeriodEnds(tx, partnershipId, indicatorIds, codes);

  const out = new Map<string, IndicatorRecords>();
  for (const areaId of ids) {
    const cells = cellsOf.get(areaId) ?? [];
    const latestFor = (indicatorId: string) => {
      let best: string | null = null;
      for (const c of cells) {
        const end = latest.get(`${indicatorId}|${c.type}|${c.code}`);
        if (end && (best === null || end > best)) best = end;
      }
      return best;
    };
    const own = measures.filter((m) => m.areaId === areaId);
    const focus = new Map<string, IndicatorRecords["focus"][number]>();
    for (const m of own) if (m.indicator && !focus.has(m.indicator.id)) focus.set(m.indicator.id, { code: m.indicator.code, name: m.indicator.name, latestPeriodEnd: latestFor(m.indicator.id) });
    out.set(areaId, {
      measures: own.map((m) => ({ name: m.name, indicator: m.indicator?.code ?? null })),
      focus: [...focus.values()],
      priority: [...(named.get(areaId) ?? [])].sort().map((code) => {
        const d = byCode.get(code);
        return { code, name: d?.name ?? null, hasData: d ? latestFor(d.id) !== null : false };
      }),
    });
  }
  return out;
}

export async function loadIndicatorRecords(tx: Tx | Db, scope: Scope): Promise<IndicatorRecords> {
  return (await loadIndicatorRecordsForAreas(tx, scope.partnershipId, [scope.areaId])).get(scope.areaId)!;
}

/** indicator|type|code → ISO end of the latest period with a figure (or a withheld count) there. */
async function latestPeriodEnds(tx: Tx | Db, partnershipId: string, indicatorIds: string[], codes: string[]): Promise<Map<string, string>> {
  if (indicatorIds.length === 0 || codes.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ indicatorId: string; geographyType: GeographyType; geographyCode: string; latest: Date }[]>`
    SELECT "indicatorId", "geographyType", "geographyCode", max("periodEnd") AS latest
    FROM "CurrentDataPoint"
    WHERE "partnershipId" = ${partnershipId}::uuid AND "indicatorId" = ANY(${indicatorIds}::uuid[]) AND "geographyCode" = ANY(${codes}::text[])
      AND ("value" IS NOT NULL OR "numerator" IS NOT NULL OR "missingReason" IN ('suppressed', 'rounds_to_zero', 'low_reliability'))
    GROUP BY 1, 2, 3`;
  return new Map(rows.map((r) => [`${r.indicatorId}|${r.geographyType}|${r.geographyCode}`, r.latest.toISOString().slice(0, 10)]));
}

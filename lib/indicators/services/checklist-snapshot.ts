import type { Db, Tx } from "@/lib/db/client";
import type { GeographyType } from "@/lib/generated/prisma/enums";
import type { AreaSnapshot } from "@/lib/blueprint/snapshot";
import { readStatementContent } from "@/lib/statement/content";
import { readTheoryContent } from "@/lib/theory-of-change/content";
import { indicatorPeriods } from "@/lib/indicators/services/periods";

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
  const focusPairs = states.map((s) => ({ areaId: s.areaId, priorityId: s.focusPriorityId! }));
  const theories = focusPairs.length
    ? await tx.theoryOfChange.findMany({
        where: { partnershipId, OR: focusPairs },
        select: { areaId: true, priorityId: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
      })
    : [];
  const statements = focusPairs.length
    ? await tx.statementOfIntent.findMany({
        where: { partnershipId, OR: focusPairs },
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
  const pairs: Pair[] = [];
  for (const areaId of ids) {
    const wanted = new Set([...measures.filter((m) => m.areaId === areaId && m.indicator).map((m) => m.indicator!.id), ...[...(named.get(areaId) ?? [])].flatMap((c) => (byCode.get(c) ? [byCode.get(c)!.id] : []))]);
    for (const indicatorId of wanted) pairs.push({ key: `${areaId}|${indicatorId}`, indicatorId, cells: cellsOf.get(areaId) ?? [] });
  }
  const latest = await latestPeriodEnds(tx, partnershipId, pairs);

  const out = new Map<string, IndicatorRecords>();
  for (const areaId of ids) {
    const latestFor = (indicatorId: string) => latest.get(`${areaId}|${indicatorId}`) ?? null;
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

type Pair = { key: string; indicatorId: string; cells: { type: GeographyType; code: string }[] };

/**
 * For each (area, indicator): the end of the latest period with a figure (or a withheld
 * count) for one of the area's geographies, through the CurrentDataPoint view. The
 * indicator's periods are tried newest first, twelve at a time, so the usual answer (figures
 * for the latest period) costs one small query however many years of figures there are.
 */
async function latestPeriodEnds(tx: Tx | Db, partnershipId: string, pairs: Pair[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>(pairs.map((p) => [p.key, null]));
  const periods = await indicatorPeriods(tx, partnershipId, [...new Set(pairs.map((p) => p.indicatorId))]);
  let open = pairs.filter((p) => p.cells.length > 0 && (periods.get(p.indicatorId)?.length ?? 0) > 0);
  for (let round = 0; open.length > 0; round += 1) {
    const slice = (p: Pair) => (periods.get(p.indicatorId) ?? []).slice(round * 12, round * 12 + 12);
    open = open.filter((p) => slice(p).length > 0);
    if (open.length === 0) break;
    const labels = [...new Set(open.flatMap((p) => slice(p).map((x) => x.period)))];
    const rows = await tx.$queryRaw<{ indicatorId: string; geographyType: GeographyType; geographyCode: string; period: string; periodEnd: Date }[]>`
      SELECT "indicatorId", "geographyType", "geographyCode", "period", "periodEnd"
      FROM "CurrentDataPoint"
      WHERE "partnershipId" = ${partnershipId}::uuid AND "indicatorId" = ANY(${[...new Set(open.map((p) => p.indicatorId))]}::uuid[])
        AND "geographyCode" = ANY(${[...new Set(open.flatMap((p) => p.cells.map((c) => c.code)))]}::text[]) AND "period" = ANY(${labels}::text[])
        AND ("value" IS NOT NULL OR "numerator" IS NOT NULL OR "missingReason" IN ('suppressed', 'rounds_to_zero', 'low_reliability'))`;
    const hits = new Map<string, string>();
    for (const r of rows) {
      const k = `${r.indicatorId}|${r.geographyType}|${r.geographyCode}|${r.period}`;
      hits.set(k, r.periodEnd.toISOString().slice(0, 10));
    }
    open = open.filter((p) => {
      let best: string | null = null;
      for (const x of slice(p)) {
        for (const c of p.cells) {
          const end = hits.get(`${p.indicatorId}|${c.type}|${c.code}|${x.period}`);
          if (end && (best === null || end > best)) best = end;
        }
      }
      if (best === null) return true;
      out.set(p.key, best);
      return false;
    });
  }
  return out;
}

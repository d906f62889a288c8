import type { Db, Tx } from "@/lib/db/client";
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
  const focusIds = states.map((s) => s.focusPriorityId!);
  const theories = focusIds.length
    ? await tx.theoryOfChange.findMany({
        where: { partnershipId, areaId: { in: ids }, priorityId: { in: focusIds } },
        select: { areaId: true, priorityId: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
      })
    : [];
  const statements = focusIds.length
    ? await tx.statementOfIntent.findMany({
        where: { partnershipId, areaId: { in: ids }, priorityId: { in: focusIds } },
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

  const pairs: Pair[] = [];
  for (const areaId of ids) {
    const wanted = new Set([...measures.filter((m) => m.areaId === areaId && m.indicator).map((m) => m.indicator!.id), ...[...(named.get(areaId) ?? [])].flatMap((c) => (byCode.get(c) ? [byCode.get(c)!.id] : []))]);
    for (const indicatorId of wanted) pairs.push({ key: `${areaId}|${indicatorId}`, areaId, indicatorId });
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

type Pair = { key: string; areaId: string; indicatorId: string };

/**
 * For each (area, indicator): the end of the latest period with a headline figure (or a
 * withheld count) for one of the area's geographies or the area itself. The indicator's
 * periods are tried newest first, the latest alone and then in growing steps, so the usual
 * answer (figures for the latest period) costs one small query however many years of
 * figures there are; within it each (area, indicator, period) stops at the first geography
 * with a figure. The visible value is the CurrentDataPoint view's: a committed revision
 * counts only if no later committed batch revised the same cell (the view's DISTINCT ON),
 * tested row by row here so the search can stop early, which the view's sort cannot.
 */
async function latestPeriodEnds(tx: Tx | Db, partnershipId: string, pairs: Pair[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>(pairs.map((p) => [p.key, null]));
  const periods = await indicatorPeriods(tx, partnershipId, [...new Set(pairs.map((p) => p.indicatorId))]);
  let open = pairs.filter((p) => (periods.get(p.indicatorId)?.length ?? 0) > 0);
  // Steps of 1, 3, 9, 27, … periods: [0, 1), [1, 4), [4, 13), [13, 40), …
  for (let from = 0, size = 1; open.length > 0; from += size, size *= 3) {
    const slice = (p: Pair) => (periods.get(p.indicatorId) ?? []).slice(from, from + size);
    open = open.filter((p) => slice(p).length > 0);
    if (open.length === 0) break;
    const tries = open.flatMap((p) => slice(p).map((x) => ({ p, x })));
    const rows = await tx.$queryRaw<{ n: number }[]>`
      SELECT t.n FROM unnest(${tries.map((t) => t.p.areaId)}::uuid[], ${tries.map((t) => t.p.indicatorId)}::uuid[], ${tries.map((t) => t.x.period)}::text[]) WITH ORDINALITY AS t(area_id, indicator_id, period, n)
      WHERE EXISTS (
        SELECT 1
        FROM (
          SELECT g."type", g."code" FROM "AreaGeography" g WHERE g."partnershipId" = ${partnershipId}::uuid AND g."areaId" = t.area_id
          UNION ALL
          SELECT 'area'::"GeographyType", a."slug" FROM "ConveningPartnership" a WHERE a."partnershipId" = ${partnershipId}::uuid AND a."id" = t.area_id
        ) c
        JOIN "DataPoint" d ON d."partnershipId" = ${partnershipId}::uuid AND d."indicatorId" = t.indicator_id AND d."geographyCode" = c."code" AND d."geographyType" = c."type" AND d."period" = t.period AND d."breakdown" = ''
        JOIN "UploadBatch" b ON b."partnershipId" = d."partnershipId" AND b."id" = d."batchId" AND b."status" = 'committed'
        WHERE (d."value" IS NOT NULL OR d."numerator" IS NOT NULL OR d."missingReason" IN ('suppressed', 'rounds_to_zero', 'low_reliability'))
          AND NOT EXISTS (
            SELECT 1 FROM "DataPoint" e JOIN "UploadBatch" f ON f."partnershipId" = e."partnershipId" AND f."id" = e."batchId" AND f."status" = 'committed'
            WHERE e."partnershipId" = d."partnershipId" AND e."indicatorId" = d."indicatorId" AND e."geographyCode" = d."geographyCode" AND e."period" = d."period"
              AND e."geographyType" = d."geographyType" AND e."breakdown" = d."breakdown" AND f."commitSeq" > b."commitSeq"
          )
      )`;
    const hit = new Set(rows.map((r) => Number(r.n) - 1));
    const best = new Map<string, string>();
    tries.forEach((t, i) => {
      if (!hit.has(i)) return;
      const seen = best.get(t.p.key);
      if (!seen || t.x.end > seen) best.set(t.p.key, t.x.end);
    });
    for (const [k, end] of best) out.set(k, end);
    open = open.filter((p) => !best.has(p.key));
  }
  return out;
}

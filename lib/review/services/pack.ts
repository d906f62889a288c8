import { db } from "@/lib/db/client";
import { isoDate, ukToday } from "@/lib/blueprint/today";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { listActionPlanItems } from "@/lib/action-plan/queries";
import { isOverdue } from "@/lib/action-plan/rules";
import { listPots } from "@/lib/budget/services/queries";
import { financialYearLabel, financialYearOf } from "@/lib/budget/financial-year";
import { getStatementWorkspace, listAskResponses } from "@/lib/statement/services/queries";
import { consentCovers, CONDITIONS } from "@/lib/review/labels";
import { latestRatings } from "@/lib/review/ratings";
import { latestFeedback, summariseFeedback } from "@/lib/review/feedback";
import { getCapabilityView } from "@/lib/review/services/capability";
import { getConditionsView } from "@/lib/review/services/conditions";
import { listCaseStudies } from "@/lib/review/services/case-studies";
import { listFeedback } from "@/lib/review/services/feedback";
import { getLearningView } from "@/lib/review/services/learning";
import { packHubFigures, packIndicatorFigures } from "@/lib/review/services/pack-figures";
import { readable } from "@/lib/review/services/shared";
import { phaseName } from "@/lib/blueprint/phases";
import type { ReviewPack } from "@/lib/review/pack";
import type { TenantContext } from "@/lib/tenancy/context";

const HIGHLIGHTS = 3;

/**
 * Everything on one area's review pack, read from each module's own records: where the
 * blueprint stands, the focus issue and its Statement of Intent, the action plan, the
 * community budget, the capability and collective-impact ratings with their movement, and
 * this cycle's case studies (only those whose consent reaches the board), feedback,
 * early impact, lessons and findings. Null when the context cannot read the area.
 */
export async function loadReviewPack(ctx: TenantContext, areaId: string, today = ukToday()): Promise<ReviewPack | null> {
  if (!readable(ctx, areaId)) return null;
  const area = await db().conveningPartnership.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: areaId } }, select: { id: true, slug: true, name: true, partnership: { select: { name: true } } } });
  if (!area) return null;
  const view = await getBlueprintView(ctx, areaId, today);
  const cycle = view.cycle;
  const [workspace, items, pots, capability, conditions, caseStudies, feedback, learning, indicators, hub] = await Promise.all([
    getStatementWorkspace(ctx, areaId),
    listActionPlanItems(ctx, areaId, cycle),
    listPots(ctx, areaId),
    getCapabilityView(ctx, areaId),
    getConditionsView(ctx, areaId),
    listCaseStudies(ctx, areaId),
    listFeedback(ctx, areaId),
    getLearningView(ctx, areaId),
    packIndicatorFigures(ctx, areaId),
    packHubFigures(ctx, areaId),
  ]);

  const statement = workspace.statement;
  const responses = statement ? await listAskResponses(ctx, statement.id) : [];
  const askIds = new Set(statement?.content.asks.map((a) => a.id) ?? []);

  const year = financialYearOf(today);
  const pot = pots.find((p) => p.financialYear === year) ?? pots[0] ?? null;
  const awards = pot ? await db().award.count({ where: { partnershipId: ctx.partnershipId, budgetId: pot.id } }) : 0;

  const active = capability.areas.filter((a) => !a.retired && a.id !== null).map((a) => ({ id: a.id!, name: a.name }));
  const latest = latestRatings(capability.assessments, active);
  const inCycle = <T extends { cycle: number }>(list: T[]) => list.filter((r) => r.cycle === cycle);
  const studies = inCycle(caseStudies);
  const shown = studies.filter((s) => consentCovers(s.consentScope, "board"));
  const thisCycleFeedback = inCycle(feedback);
  const phase = view.phases[view.currentPhase - 1]!;

  return {
    partnershipName: area.partnership.name,
    area: { id: area.id, slug: area.slug, name: area.name },
    generatedOn: today,
    cycle,
    blueprint: {
      phase: view.currentPhase,
      phaseName: phaseName(view.currentPhase),
      daysInPhase: view.daysInPhase,
      gate: { met: phase.gate.met, required: phase.gate.required },
      items: phase.items.map((i) => ({ title: i.title, status: i.status, detail: i.detail, required: i.required })),
    },
    focus: view.focusPriority?.title ?? null,
    statement: {
      state: statement?.state ?? null,
      version: statement?.versions[0]?.number ?? null,
      agreedOn: statement?.agreedOn ? isoDate(statement.agreedOn) : null,
      asks: askIds.size,
      asksAnswered: responses.filter((r) => askIds.has(r.askId) && r.status !== "asked").length,
    },
    actionPlan: {
      items: items.length,
      done: items.filter((i) => i.status === "done").length,
      inProgress: items.filter((i) => i.status === "in_progress").length,
      notStarted: items.filter((i) => i.status === "not_started").length,
      blocked: items.filter((i) => i.status === "blocked").length,
      overdue: items.filter((i) => isOverdue(i, today)).length,
      rag: { red: items.filter((i) => i.rag === "red").length, amber: items.filter((i) => i.rag === "amber").length, green: items.filter((i) => i.rag === "green").length },
    },
    indicators,
    budget: pot
      ? { financialYear: financialYearLabel(pot.financialYear), potPence: pot.summary.potPence, allocatedPence: pot.summary.allocatedPence, awardedPence: pot.summary.awardedPence, spentPence: pot.summary.spentPence, awards }
      : null,
    hub,
    capability: {
      assessedOn: latest.assessment?.assessedOn ?? null,
      complete: latest.completeness?.complete ?? false,
      missing: latest.completeness?.missing ?? [],
      rows: active.map((a) => {
        const cell = latest.cells[a.id] ?? null;
        return { name: a.name, rating: cell?.rating ?? null, previous: cell?.previous ?? null, movement: cell?.movement ?? null };
      }),
    },
    conditions: {
      assessedOn: conditions.latest.assessment?.assessedOn ?? null,
      rows: CONDITIONS.map((c) => {
        const cell = conditions.latest.cells[c.key];
        return { name: c.name, level: cell?.level ?? null, previous: cell?.previous ?? null, movement: cell?.movement ?? null };
      }),
    },
    caseStudies: { shown: shown.map((s) => ({ title: s.title, whatItShows: s.whatItShows, consentScope: s.consentScope })), withheld: studies.length - shown.length },
    feedback: {
      summaries: summariseFeedback(thisCycleFeedback),
      highlights: latestFeedback(thisCycleFeedback, HIGHLIGHTS).map((f) => ({ source: f.source, role: f.role, comments: f.comments, receivedOn: f.receivedOn, rating: f.rating })),
    },
    earlyImpact: inCycle(learning.earlyImpact).map((e) => ({ statement: e.statement, evidence: e.evidence.map((x) => x.description) })),
    lessons: {
      workedWell: inCycle(learning.lessons).filter((l) => l.kind === "worked_well").map((l) => l.text),
      couldBeBetter: inCycle(learning.lessons).filter((l) => l.kind === "could_be_better").map((l) => l.text),
      otherModels: inCycle(learning.lessons).filter((l) => l.kind === "other_model").map((l) => `${l.modelName}: ${l.text}`),
    },
    findings: inCycle(learning.findings).map((f) => ({ venue: f.venue, audience: f.audience, sharedOn: f.sharedOn, about: f.about })),
  };
}

/** Every readable area's pack, for printing them all at once (one page each). */
export async function loadAllReviewPacks(ctx: TenantContext): Promise<ReviewPack[]> {
  const areas = await db().conveningPartnership.findMany({
    where: { partnershipId: ctx.partnershipId, archivedAt: null, ...(ctx.areaIds === "all" ? {} : { id: { in: ctx.areaIds } }) },
    orderBy: { name: "asc" },
    select: { id: true },
  });
  const today = ukToday();
  const packs: ReviewPack[] = [];
  for (const a of areas) {
    const pack = await loadReviewPack(ctx, a.id, today);
    if (pack) packs.push(pack);
  }
  return packs;
}

import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError, validationError } from "@/lib/errors";
import { isoDate } from "@/lib/blueprint/today";
import { currentCycle, readable, requireNoPersonalData, scopeOf, toDate, type ConfirmedTerm } from "@/lib/review/services/shared";
import type { CaseStudyInput } from "@/lib/review/inputs";
import type { CaseStudyLinkKind, ConsentScope } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/action/result";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";

const ENTITY = "CaseStudy";

const hubServiceLabelFields = { id: true, type: { select: { name: true } }, provider: { select: { name: true } } } as const;
const hubServiceLabel = (s: { type: { name: string }; provider: { name: string } }) => `${s.type.name} (${s.provider.name})`;

/** The targets must be this area's: an action item of its plan, an award from one of its rounds, a service of its hub. */
async function checkLinks(tx: Tx, ctx: AreaActionContext, input: CaseStudyInput) {
  const errors: FieldErrors = {};
  const actionItemIds = [...new Set(input.actionItemIds)];
  const awardIds = [...new Set(input.awardIds)];
  const hubServiceIds = [...new Set(input.hubServiceIds)];
  if (actionItemIds.length) {
    const found = await tx.actionPlanItem.count({ where: { ...scopeOf(ctx), id: { in: actionItemIds } } });
    if (found !== actionItemIds.length) errors.actionItemIds = ["Choose action items of this area's plan from the list"];
  }
  if (awardIds.length) {
    const found = await tx.award.count({ where: { partnershipId: ctx.partnershipId, id: { in: awardIds }, round: { areaId: ctx.area.id } } });
    if (found !== awardIds.length) errors.awardIds = ["Choose awards of this area's community budget from the list"];
  }
  if (hubServiceIds.length) {
    const found = await tx.hubService.count({ where: { partnershipId: ctx.partnershipId, id: { in: hubServiceIds }, hub: { areaId: ctx.area.id } } });
    if (found !== hubServiceIds.length) errors.hubServiceIds = ["Choose services of this area's School Health Hub from the list"];
  }
  if (Object.keys(errors).length) throw validationError(errors);
  return [
    ...actionItemIds.map((id) => ({ partnershipId: ctx.partnershipId, kind: "action_item" as const, actionItemId: id })),
    ...awardIds.map((id) => ({ partnershipId: ctx.partnershipId, kind: "award" as const, awardId: id })),
    ...hubServiceIds.map((id) => ({ partnershipId: ctx.partnershipId, kind: "hub_service" as const, hubServiceId: id })),
  ];
}

/**
 * What the audit log keeps of a case study: never the story itself, which goes for good
 * when the case study is deleted (consent withdrawn); the check's confirmations stay.
 */
function auditView(s: { title: string; cycle: number; consentGivenBy: string; consentScope: ConsentScope; consentOn: Date; confirmedTerms: unknown }, links: number) {
  return { title: s.title, cycle: s.cycle, consentGivenBy: s.consentGivenBy, consentScope: s.consentScope, consentOn: isoDate(s.consentOn), confirmedTerms: s.confirmedTerms, links };
}

/**
 * Saves a case study once it passes the personal-data check (or the author has confirmed
 * each flagged word is not a person's identity: recorded with it) and its consent is
 * recorded. Filed under the area's current cycle.
 */
export async function createCaseStudy(ctx: AreaActionContext, input: CaseStudyInput): Promise<{ id: string; title: string }> {
  const confirmed = requireNoPersonalData({ title: input.title, story: input.story, whatItShows: input.whatItShows, consentGivenBy: input.consentGivenBy }, input.confirmedTerms);
  return db().$transaction(async (tx) => {
    const cycle = await currentCycle(tx, ctx);
    const links = await checkLinks(tx, ctx, input);
    const study = await tx.caseStudy.create({
      data: {
        ...scopeOf(ctx),
        cycle,
        title: input.title,
        story: input.story,
        whatItShows: input.whatItShows,
        consentGivenBy: input.consentGivenBy,
        consentScope: input.consentScope,
        consentOn: toDate(input.consentOn),
        confirmedTerms: confirmed,
        createdById: ctx.userId,
        links: { create: links.map(({ partnershipId: _p, ...l }) => l) },
      },
    });
    await audit(tx, ctx, { action: "review.case_study.created", entityType: ENTITY, entityId: study.id, areaId: ctx.area.id, after: auditView(study, links.length) });
    return { id: study.id, title: study.title };
  });
}

export async function deleteCaseStudy(ctx: AreaActionContext, input: { caseStudyId: string }): Promise<{ title: string }> {
  return db().$transaction(async (tx) => {
    const before = await tx.caseStudy.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.caseStudyId } }, include: { links: true } });
    if (!before || before.areaId !== ctx.area.id) throw notFoundError();
    await tx.caseStudy.delete({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: before.id } } });
    await audit(tx, ctx, { action: "review.case_study.deleted", entityType: ENTITY, entityId: before.id, areaId: ctx.area.id, before: auditView(before, before.links.length) });
    return { title: before.title };
  });
}

// ── Reads ─────────────────────────────────────────────────────────────────────

export type CaseStudyLinkView = { kind: CaseStudyLinkKind; id: string; label: string };
export type CaseStudyView = {
  id: string;
  cycle: number;
  title: string;
  story: string;
  whatItShows: string;
  consentGivenBy: string;
  consentScope: ConsentScope;
  consentOn: string;
  confirmedTerms: ConfirmedTerm[];
  createdAt: Date;
  createdBy: string | null;
  links: CaseStudyLinkView[];
};

const include = {
  links: {
    include: {
      actionItem: { select: { id: true, title: true } },
      award: { select: { id: true, amountPence: true, application: { select: { organisationName: true } }, round: { select: { title: true } } } },
      hubService: { select: hubServiceLabelFields },
    },
  },
} as const;

type Row = Awaited<ReturnType<typeof findRows>>[number];
const findRows = (ctx: TenantContext, where: { areaId: string; id?: string }) =>
  db().caseStudy.findMany({ where: { partnershipId: ctx.partnershipId, ...where }, include, orderBy: { createdAt: "desc" } });

function readConfirmed(value: unknown): ConfirmedTerm[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is ConfirmedTerm => typeof v === "object" && v !== null && typeof (v as ConfirmedTerm).term === "string");
}

async function toViews(ctx: TenantContext, rows: Row[]): Promise<CaseStudyView[]> {
  const ids = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => id !== null))];
  const users = ids.length ? await db().user.findMany({ where: { id: { in: ids }, memberships: { some: { partnershipId: ctx.partnershipId } } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    cycle: r.cycle,
    title: r.title,
    story: r.story,
    whatItShows: r.whatItShows,
    consentGivenBy: r.consentGivenBy,
    consentScope: r.consentScope,
    consentOn: isoDate(r.consentOn),
    confirmedTerms: readConfirmed(r.confirmedTerms),
    createdAt: r.createdAt,
    createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
    links: r.links.flatMap((l): CaseStudyLinkView[] => {
      if (l.kind === "action_item" && l.actionItem) return [{ kind: l.kind, id: l.actionItem.id, label: l.actionItem.title }];
      if (l.kind === "award" && l.award) return [{ kind: l.kind, id: l.award.id, label: `${l.award.application.organisationName} (${l.award.round.title})` }];
      if (l.kind === "hub_service" && l.hubService) return [{ kind: l.kind, id: l.hubService.id, label: hubServiceLabel(l.hubService) }];
      return [];
    }),
  }));
}

export async function listCaseStudies(ctx: TenantContext, areaId: string): Promise<CaseStudyView[]> {
  if (!readable(ctx, areaId)) return [];
  return toViews(ctx, await findRows(ctx, { areaId }));
}

export async function getCaseStudy(ctx: TenantContext, areaId: string, caseStudyId: string): Promise<CaseStudyView | null> {
  if (!readable(ctx, areaId)) return null;
  const [view] = await toViews(ctx, await findRows(ctx, { areaId, id: caseStudyId }));
  return view ?? null;
}

export type LinkOptions = { actionItems: { id: string; title: string }[]; awards: { id: string; label: string }[]; hubServices: { id: string; label: string }[] };


/** What a case study can illustrate: the area's action items (current cycle first), its community budget awards and its hub's services. */
export async function caseStudyLinkOptions(ctx: TenantContext, areaId: string): Promise<LinkOptions> {
  if (!readable(ctx, areaId)) return { actionItems: [], awards: [], hubServices: [] };
  const [items, awards, services] = await Promise.all([
    db().actionPlanItem.findMany({ where: { partnershipId: ctx.partnershipId, areaId }, orderBy: [{ cycle: "desc" }, { title: "asc" }], select: { id: true, title: true } }),
    db().award.findMany({
      where: { partnershipId: ctx.partnershipId, round: { areaId } },
      orderBy: { decidedOn: "desc" },
      select: { id: true, application: { select: { organisationName: true } }, round: { select: { title: true } } },
    }),
    db().hubService.findMany({ where: { partnershipId: ctx.partnershipId, hub: { areaId } }, orderBy: { createdAt: "asc" }, select: hubServiceLabelFields }),
  ]);
  return {
    actionItems: items,
    awards: awards.map((a) => ({ id: a.id, label: `${a.application.organisationName} (${a.round.title})` })),
    hubServices: services.map((s) => ({ id: s.id, label: hubServiceLabel(s) })),
  };
}

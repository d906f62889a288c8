import { db, type Tx } from "@/lib/db/client";
import { onceOnly } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/record";
import { AppError, notFoundError, validationError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { isComplete, readRubric, type CriterionScores } from "@/lib/budget/rubric";
import { ownRound } from "@/lib/budget/services/locks";
import type { PanellistKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AreaActionContext } from "@/lib/action/define-action";

/**
 * The community panel. The co-ordinator assigns panellists: members of the partnership who
 * can read the area. A panellist declares, for each application, whether they have a
 * conflict of interest before they may score it; a conflicted panellist is refused the
 * scoring of that application here, whatever the form sent. Scores are final once submitted.
 */
export async function assignPanellist(ctx: AreaActionContext, input: { roundId: string; userId: string; kind: PanellistKind }): Promise<{ name: string }> {
  const round = await ownRound(db(), ctx, input.roundId);
  if (round.status === "deciding" || round.status === "awarded" || round.status === "closed") throw new AppError("conflict", "The panel is fixed once the decision has started.");
  const memberships = await db().membership.findMany({ where: { partnershipId: ctx.partnershipId, userId: input.userId }, select: { role: true, areaId: true, user: { select: { name: true, deactivatedAt: true } } } });
  const user = memberships[0]?.user;
  if (!user || user.deactivatedAt || !can(memberships, "area.read", ctx.area.id)) throw validationError({ userId: ["Choose a member who can see this area"] });
  const onPanel = () => validationError({ userId: [`${user.name} is already on the panel`] });
  const existing = await db().panelAssignment.findUnique({ where: { partnershipId_roundId_userId: { partnershipId: ctx.partnershipId, roundId: round.id, userId: input.userId } } });
  if (existing) throw onPanel();
  return onceOnly(
    () =>
      db().$transaction(async (tx) => {
        const assignment = await tx.panelAssignment.create({ data: { partnershipId: ctx.partnershipId, roundId: round.id, userId: input.userId, kind: input.kind } });
        await audit(tx, ctx, { action: "budget.panellist_assigned", entityType: "PanelAssignment", entityId: assignment.id, areaId: ctx.area.id, after: { roundId: round.id, userId: input.userId, kind: input.kind } });
        return { name: user.name };
      }),
    onPanel,
  );
}

/** The acting user's place on the panel of the application's round, locked for this transaction; or not found. */
async function ownPanelPlace(tx: Tx, ctx: AreaActionContext, applicationId: string) {
  const application = await tx.grantApplication.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: applicationId } }, include: { round: true } });
  if (!application || application.round.areaId !== ctx.area.id) throw notFoundError();
  const assignment = await tx.panelAssignment.findUnique({ where: { partnershipId_roundId_userId: { partnershipId: ctx.partnershipId, roundId: application.roundId, userId: ctx.userId } } });
  // Not on this round's panel: the application is none of this user's business.
  if (!assignment) throw notFoundError();
  // The panellist's place is the lock: one panellist's declarations and scores run one after
  // another, so a submission sent twice at once is taken once and the second finds it submitted.
  await tx.$queryRaw`SELECT 1 FROM "PanelAssignment" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "id" = ${assignment.id}::uuid FOR UPDATE`;
  if (application.round.status !== "reviewing") throw new AppError("conflict", "Scoring is open while the panel reviews the round.");
  if (application.withdrawnAt) throw new AppError("conflict", "This application was withdrawn: it is not scored.");
  return { application, assignment };
}

export async function declareConflict(ctx: AreaActionContext, input: { applicationId: string; conflicted: boolean; note: string | null }): Promise<{ conflicted: boolean; organisationName: string }> {
  return db().$transaction(async (tx) => {
    const { application, assignment } = await ownPanelPlace(tx, ctx, input.applicationId);
    const key = { partnershipId_assignmentId_applicationId: { partnershipId: ctx.partnershipId, assignmentId: assignment.id, applicationId: application.id } };
    const submitted = await tx.score.findUnique({ where: key, select: { submittedAt: true } });
    if (submitted?.submittedAt) throw new AppError("conflict", "Your scores for this application are submitted: tell the co-ordinator if you have a conflict of interest.");
    await tx.conflictDeclaration.upsert({
      where: key,
      create: { partnershipId: ctx.partnershipId, assignmentId: assignment.id, applicationId: application.id, conflicted: input.conflicted, note: input.note },
      update: { conflicted: input.conflicted, note: input.note, declaredAt: new Date() },
    });
    // A conflict found after a draft was started: the draft goes, so it can never count.
    if (input.conflicted) await tx.score.deleteMany({ where: { partnershipId: ctx.partnershipId, assignmentId: assignment.id, applicationId: application.id } });
    await audit(tx, ctx, { action: "budget.conflict_declared", entityType: "ConflictDeclaration", entityId: application.id, areaId: ctx.area.id, after: { assignmentId: assignment.id, conflicted: input.conflicted } });
    return { conflicted: input.conflicted, organisationName: application.organisationName };
  });
}

export async function saveScores(ctx: AreaActionContext, input: { applicationId: string; scores: CriterionScores; comment: string | null; submit: boolean }): Promise<{ submitted: boolean; organisationName: string }> {
  return db().$transaction(async (tx) => {
    const { application, assignment } = await ownPanelPlace(tx, ctx, input.applicationId);
    const key = { partnershipId_assignmentId_applicationId: { partnershipId: ctx.partnershipId, assignmentId: assignment.id, applicationId: application.id } };
    const declaration = await tx.conflictDeclaration.findUnique({ where: key });
    if (!declaration) throw new AppError("conflict", "Declare whether you have a conflict of interest before scoring this application.");
    if (declaration.conflicted) throw new AppError("conflict", "You declared a conflict of interest with this application, so you cannot score it.");
    const before = await tx.score.findUnique({ where: key });
    if (before?.submittedAt) throw new AppError("conflict", "Your scores for this application are already submitted.");
    const rubric = readRubric(application.round.rubric);
    const scores = Object.fromEntries(rubric.filter((c) => input.scores[c.id] !== undefined).map((c) => [c.id, input.scores[c.id]!]));
    if (input.submit && !isComplete(rubric, scores)) {
      throw validationError(Object.fromEntries(rubric.filter((c) => scores[c.id] === undefined).map((c) => [`score.${c.id}`, [`Score “${c.label}” from 1 to 5`]])), "Score every criterion before you submit.");
    }
    const data = { scores: scores as unknown as Prisma.InputJsonValue, comment: input.comment, submittedAt: input.submit ? new Date() : null };
    await tx.score.upsert({ where: key, create: { partnershipId: ctx.partnershipId, assignmentId: assignment.id, applicationId: application.id, ...data }, update: data });
    await audit(tx, ctx, { action: input.submit ? "budget.scores_submitted" : "budget.scores_saved", entityType: "Score", entityId: application.id, areaId: ctx.area.id, after: { assignmentId: assignment.id, scores } });
    return { submitted: input.submit, organisationName: application.organisationName };
  });
}

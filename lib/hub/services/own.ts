import type { Db, Tx } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { SchoolCalendar, TermName } from "@/lib/hub/school-calendar";
import { isoDate } from "@/lib/blueprint/today";
import type { SessionPattern } from "@/lib/hub/recurrence";

/**
 * Look-ups every hub service starts from. Each names the tenant again and checks that the
 * record belongs to the area the action was resolved for: another area's or another
 * tenant's record answers like one that does not exist.
 */
export async function ownHub(tx: Tx | Db, ctx: AreaActionContext) {
  const hub = await tx.schoolHealthHub.findUnique({ where: { partnershipId_areaId: { partnershipId: ctx.partnershipId, areaId: ctx.area.id } } });
  if (!hub) throw notFoundError();
  return hub;
}

/**
 * The hub's row is the lock for its taper: plans run one after another per hub. Allocations
 * lock the year's row instead (lockBudgetYear), always after the hub's when both are taken.
 */
export async function lockHub(tx: Tx, ctx: AreaActionContext) {
  await tx.$queryRaw`SELECT 1 FROM "SchoolHealthHub" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "areaId" = ${ctx.area.id}::uuid FOR UPDATE`;
  return ownHub(tx, ctx);
}

/** A budget year of this area's hub, its row locked until the transaction ends. */
export async function lockBudgetYear(tx: Tx, ctx: AreaActionContext, budgetYearId: string) {
  await tx.$queryRaw`SELECT 1 FROM "HubBudgetYear" WHERE "partnershipId" = ${ctx.partnershipId}::uuid AND "id" = ${budgetYearId}::uuid FOR UPDATE`;
  const year = await tx.hubBudgetYear.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: budgetYearId } }, include: { hub: { select: { areaId: true } } } });
  if (!year || year.hub.areaId !== ctx.area.id) throw notFoundError();
  return year;
}

export async function ownService(tx: Tx | Db, ctx: AreaActionContext, serviceId: string) {
  const service = await tx.hubService.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: serviceId } },
    include: { hub: { select: { areaId: true } }, type: { select: { name: true } } },
  });
  if (!service || service.hub.areaId !== ctx.area.id) throw notFoundError();
  return service;
}

export async function ownSession(tx: Tx | Db, ctx: AreaActionContext, sessionId: string) {
  const session = await tx.hubSession.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: sessionId } },
    include: { service: { include: { hub: { select: { areaId: true } }, type: { select: { name: true } } } } },
  });
  if (!session || session.service.hub.areaId !== ctx.area.id) throw notFoundError();
  return session;
}

export async function ownAllocation(tx: Tx | Db, ctx: AreaActionContext, allocationId: string) {
  const allocation = await tx.hubAllocation.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: allocationId } },
    include: { budgetYear: { include: { hub: { select: { areaId: true } } } } },
  });
  if (!allocation || allocation.budgetYear.hub.areaId !== ctx.area.id) throw notFoundError();
  return allocation;
}

/** The partnership's school calendar, as the pure rules take it. */
export async function loadCalendar(tx: Tx | Db, partnershipId: string): Promise<SchoolCalendar> {
  const terms = await tx.schoolTerm.findMany({ where: { partnershipId }, orderBy: [{ academicYear: "asc" }, { startsOn: "asc" }] });
  const closures = await tx.schoolClosureDay.findMany({ where: { partnershipId }, orderBy: { date: "asc" } });
  return {
    terms: terms.map((t) => ({
      academicYear: t.academicYear,
      term: t.term as TermName,
      startsOn: isoDate(t.startsOn),
      endsOn: isoDate(t.endsOn),
      halfTermStartsOn: isoDate(t.halfTermStartsOn),
      halfTermEndsOn: isoDate(t.halfTermEndsOn),
    })),
    closures: closures.map((c) => ({ date: isoDate(c.date), label: c.label })),
  };
}

type SessionRow = { kind: "one_off" | "weekly"; startsOn: Date; endsOn: Date | null; weekday: number | null; intervalWeeks: number };

/** A stored session as the recurrence rules take it. */
export function patternOf(session: SessionRow): SessionPattern {
  if (session.kind === "one_off") return { kind: "one_off", date: isoDate(session.startsOn) };
  return { kind: "weekly", startsOn: isoDate(session.startsOn), endsOn: isoDate(session.endsOn!), weekday: session.weekday!, intervalWeeks: session.intervalWeeks === 2 ? 2 : 1 };
}

export const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

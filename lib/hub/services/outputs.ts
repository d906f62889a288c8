import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { notFoundError, validationError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { FieldErrors } from "@/lib/action/result";
import type { OutputsInput } from "@/lib/hub/inputs";
import { isScheduledOn } from "@/lib/hub/recurrence";
import { fullDate } from "@/lib/hub/dates";
import { pickCounts, sameCounts } from "@/lib/hub/totals";
import { ukToday, isoDate } from "@/lib/blueprint/today";
import { asDate, loadCalendar, ownHub, patternOf } from "@/lib/hub/services/own";

export type SaveOutputsResult = { saved: number; cleared: number };

/**
 * The outputs grid, all rows in one go: a row with figures is recorded (blank boxes in it
 * count as 0), an empty row clears what was recorded for that date. Every row must be a
 * date the session took place on: timetabled, not cancelled, not in the future. Nothing is
 * saved unless every row is right.
 */
export async function saveOutputs(ctx: AreaActionContext, input: OutputsInput): Promise<SaveOutputsResult> {
  const hub = await ownHub(db(), ctx);
  const today = ukToday();
  const sessionIds = [...new Set(input.rows.map((r) => r.sessionId))];
  const sessions = await db().hubSession.findMany({
    where: { partnershipId: ctx.partnershipId, id: { in: sessionIds }, service: { hubId: hub.id } },
    include: { cancellations: { select: { date: true } } },
  });
  // A session of another hub, area or tenant: the whole save answers like a page that does not exist.
  if (sessions.length !== sessionIds.length) throw notFoundError();
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const calendar = await loadCalendar(db(), ctx.partnershipId);

  const errors: FieldErrors = {};
  for (const row of input.rows) {
    const session = byId.get(row.sessionId)!;
    const field = `rows.${row.index}.childrenSeen`;
    if (!isScheduledOn(patternOf(session), calendar, row.date)) errors[field] = [`The session is not timetabled on ${fullDate(row.date)}`];
    else if (session.cancellations.some((c) => isoDate(c.date) === row.date)) errors[field] = [`${fullDate(row.date)} was cancelled: restore it on the service's page to record outputs`];
    else if (row.date > today && row.counts) errors[field] = [`${fullDate(row.date)} has not happened yet`];
  }
  if (Object.keys(errors).length) throw validationError(errors);

  return db().$transaction(async (tx) => {
    const existing = await tx.hubSessionOutput.findMany({ where: { partnershipId: ctx.partnershipId, sessionId: { in: sessionIds } } });
    const recorded = new Map(existing.map((o) => [`${o.sessionId}|${isoDate(o.date)}`, o]));
    const changes: { sessionId: string; date: string; before: unknown; after: unknown }[] = [];
    let saved = 0;
    let cleared = 0;
    for (const row of input.rows) {
      const before = recorded.get(`${row.sessionId}|${row.date}`);
      const key = { partnershipId_sessionId_date: { partnershipId: ctx.partnershipId, sessionId: row.sessionId, date: asDate(row.date) } };
      if (!row.counts) {
        if (!before) continue;
        await tx.hubSessionOutput.delete({ where: key });
        changes.push({ sessionId: row.sessionId, date: row.date, before: pickCounts(before), after: null });
        cleared += 1;
        continue;
      }
      if (before && sameCounts(before, row.counts)) continue;
      await tx.hubSessionOutput.upsert({ where: key, create: { partnershipId: ctx.partnershipId, sessionId: row.sessionId, date: asDate(row.date), ...row.counts }, update: row.counts });
      changes.push({ sessionId: row.sessionId, date: row.date, before: before ? pickCounts(before) : null, after: row.counts });
      saved += 1;
    }
    if (changes.length) await audit(tx, ctx, { action: "hub.outputs_saved", entityType: "SchoolHealthHub", entityId: hub.id, areaId: ctx.area.id, after: { changes } });
    return { saved, cleared };
  });
}

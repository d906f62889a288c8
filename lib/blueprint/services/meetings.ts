import { z } from "zod";
import { calendarDate, wholeNumber } from "@/lib/forms/inputs";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors";
import { change } from "@/lib/blueprint/services/area-records";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";

/** Attendance: a whole number from 0; a box left blank counts nobody. */
const count = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? "0" : v), wholeNumber("Enter a whole number, like 12").pipe(z.number().min(0, "Cannot be negative").max(10_000, "That looks too large")));
const isoDate = calendarDate;

export const meetingInput = z.object({
  kind: z.enum(["learning_symposium", "convening", "board"], { message: "Choose the kind of meeting" }),
  title: z.string().trim().min(1, "Give the meeting a title").max(200),
  date: isoDate,
  agenda: z.string().trim().max(20_000).optional().transform((v) => v || null),
  minutes: z.string().trim().max(50_000).optional().transform((v) => v || null),
  attendSchools: count.default(0),
  attendHealthCare: count.default(0),
  attendParents: count.default(0),
  attendCommunity: count.default(0),
  attendYoungPeople: count.default(0),
});
export const updateMeetingInput = meetingInput.extend({ meetingId: z.string().uuid() });

export const MEETING_KIND_LABELS = {
  learning_symposium: "Learning symposium",
  convening: "Convening partnership meeting",
  board: "Board meeting",
} as const;

function toRow(input: z.output<typeof meetingInput>) {
  return { ...input, date: new Date(`${input.date}T00:00:00Z`) };
}

export async function createMeeting(ctx: AreaActionContext, input: z.output<typeof meetingInput>): Promise<{ id: string }> {
  return change(ctx, "blueprint.meeting.created", "Meeting", async (tx) => {
    const after = await tx.meeting.create({ data: { partnershipId: ctx.partnershipId, areaId: ctx.area.id, ...toRow(input) } });
    return { id: after.id, after, result: { id: after.id } };
  });
}

export async function updateMeeting(ctx: AreaActionContext, input: z.output<typeof updateMeetingInput>): Promise<{ id: string }> {
  const { meetingId, ...fields } = input;
  return change(ctx, "blueprint.meeting.updated", "Meeting", async (tx) => {
    const key = { partnershipId_id: { partnershipId: ctx.partnershipId, id: meetingId } };
    const before = await tx.meeting.findUnique({ where: key });
    if (!before || before.areaId !== ctx.area.id) throw notFoundError();
    const after = await tx.meeting.update({ where: key, data: toRow(fields) });
    return { id: after.id, before, after, result: { id: after.id } };
  });
}

export const decisionInput = z.object({ meetingId: z.string().uuid(), text: z.string().trim().min(1, "Write the decision").max(2000) });

export async function addDecision(ctx: AreaActionContext, input: z.output<typeof decisionInput>): Promise<{ id: string }> {
  return change(ctx, "blueprint.decision.added", "MeetingDecision", async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: input.meetingId } }, select: { areaId: true } });
    if (!meeting || meeting.areaId !== ctx.area.id) throw notFoundError();
    const after = await tx.meetingDecision.create({ data: { partnershipId: ctx.partnershipId, meetingId: input.meetingId, text: input.text } });
    return { id: after.id, after, result: { id: after.id } };
  });
}

export async function listMeetings(ctx: TenantContext, areaId: string) {
  return db().meeting.findMany({
    where: { partnershipId: ctx.partnershipId, areaId },
    include: { decisions: { orderBy: { createdAt: "asc" } } },
    orderBy: { date: "desc" },
  });
}

export async function getMeeting(ctx: TenantContext, areaId: string, meetingId: string) {
  const meeting = await db().meeting.findUnique({
    where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: meetingId } },
    include: { decisions: { orderBy: { createdAt: "asc" } } },
  });
  return meeting && meeting.areaId === areaId ? meeting : null;
}

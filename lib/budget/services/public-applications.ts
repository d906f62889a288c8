import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { formatPounds } from "@/lib/money";
import { ukToday, isoDate } from "@/lib/blueprint/today";
import { acceptsApplications } from "@/lib/budget/round-status";
import type { ApplicationInput } from "@/lib/budget/inputs";

/** How many applications one address may send to one round in an hour: enough for a group sending several bids, too few to flood the panel. */
export const PUBLIC_LIMIT_PER_HOUR = 5;
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

export type PublicRound = {
  id: string;
  title: string;
  criteria: string;
  areaName: string;
  opensOn: string;
  closesOn: string;
  maxAwardPence: number;
  accepting: boolean;
};

/**
 * The round behind a public application link, with only what an applicant needs: the
 * area's name, the round's title, criteria, dates and maximum award. Nothing else of the
 * tenant. A link that does not exist answers null, like a mistyped one.
 */
export async function getPublicRound(token: string, today = ukToday()): Promise<PublicRound | null> {
  if (!TOKEN.test(token)) return null;
  const round = await db().fundingRound.findUnique({ where: { publicToken: token }, include: { area: { select: { name: true } } } });
  if (!round || round.status === "draft") return null;
  const opensOn = isoDate(round.opensOn);
  const closesOn = isoDate(round.closesOn);
  return {
    id: round.id,
    title: round.title,
    criteria: round.criteria,
    areaName: round.area.name,
    opensOn,
    closesOn,
    maxAwardPence: round.maxAwardPence,
    accepting: acceptsApplications({ status: round.status, opensOn, closesOn }, today),
  };
}

const referenceOf = (id: string) => id.slice(0, 8).toUpperCase();

type PublicCtx = { requestId: string; ip?: string };

/**
 * An application sent by the applicant through the round's public link: no account, a
 * limit per sender and hour, refused once the round is no longer open. The reference it
 * returns is what the applicant quotes to the co-ordinator.
 */
export async function submitPublicApplication(
  ctx: PublicCtx,
  input: Omit<ApplicationInput, "roundId" | "organisationId"> & { token: string },
): Promise<{ reference: string; areaName: string; alreadyReceived: boolean }> {
  const round = await getPublicRound(input.token);
  if (!round) throw new AppError("not_found", "This application link does not exist. Check the address with whoever gave it to you.");
  if (!round.accepting) throw new AppError("conflict", `This round is not taking applications: it was open from ${round.opensOn} to ${round.closesOn}.`);
  if (input.amountRequested > round.maxAwardPence) throw validationError({ amountRequested: [`The most this round awards is ${formatPounds(round.maxAwardPence)}.`] });
  const senderHash = createHash("sha256").update(`${round.id}:${ctx.ip ?? "unknown"}`).digest("hex");
  const row = await db().fundingRound.findUniqueOrThrow({ where: { publicToken: input.token }, select: { partnershipId: true, areaId: true } });
  return db().$transaction(async (tx) => {
    // The round's row is the lock: a burst from one sender is counted one request at a time.
    await tx.$queryRaw`SELECT 1 FROM "FundingRound" WHERE "partnershipId" = ${row.partnershipId}::uuid AND "id" = ${round.id}::uuid FOR UPDATE`;
    // The same application again from the same sender (a double click, a resent form, a replay) is
    // the one already received: the panel never sees a bid twice, and the applicant gets its reference.
    const same = await tx.grantApplication.findFirst({
      where: {
        partnershipId: row.partnershipId,
        roundId: round.id,
        senderHash,
        organisationName: input.organisationName,
        contactEmail: input.contactEmail,
        amountRequestedPence: input.amountRequested,
        summary: input.summary,
        priorityFit: input.priorityFit,
        aboveAndBeyond: input.aboveAndBeyond,
      },
      select: { id: true },
    });
    if (same) return { reference: referenceOf(same.id), areaName: round.areaName, alreadyReceived: true };
    const recent = await tx.grantApplication.count({ where: { partnershipId: row.partnershipId, roundId: round.id, senderHash, submittedAt: { gte: new Date(Date.now() - 3_600_000) } } });
    if (recent >= PUBLIC_LIMIT_PER_HOUR) throw new AppError("rate_limited", "Too many applications have come from this connection in the last hour. Wait an hour, or send your application to the co-ordinator.");
    const application = await tx.grantApplication.create({
      data: {
        partnershipId: row.partnershipId,
        roundId: round.id,
        organisationName: input.organisationName,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        amountRequestedPence: input.amountRequested,
        summary: input.summary,
        priorityFit: input.priorityFit,
        aboveAndBeyond: input.aboveAndBeyond,
        channel: "public_link",
        senderHash,
      },
    });
    await audit(tx, { anonymous: true, email: input.contactEmail, partnershipId: row.partnershipId, requestId: ctx.requestId, ip: ctx.ip }, {
      action: "budget.application_received",
      entityType: "GrantApplication",
      entityId: application.id,
      areaId: row.areaId,
      after: { roundId: round.id, organisationName: application.organisationName, amountRequestedPence: application.amountRequestedPence },
    });
    return { reference: referenceOf(application.id), areaName: round.areaName, alreadyReceived: false };
  });
}

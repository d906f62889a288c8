import type { Tx } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors";
import type { AreaActionContext } from "@/lib/action/define-action";

/**
 * The statement `statementId` of the acting area, or not found: an id of another area
 * or tenant (a forged hidden field) answers exactly like one that does not exist.
 */
export async function ownStatement(tx: Tx, ctx: AreaActionContext, statementId: string) {
  const row = await tx.statementOfIntent.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: statementId } } });
  if (!row || row.areaId !== ctx.area.id) throw notFoundError();
  return row;
}

/** A change made from an older revision than the one stored is refused, never merged. */
export function staleRevision(): AppError {
  return new AppError(
    "conflict",
    "Someone saved this statement after you opened it, so nothing was saved. What you typed is still in the form: copy what you need, reload the page to see the latest text, then add your changes again.",
  );
}

/** A date typed in a form, as YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function dateOnly(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

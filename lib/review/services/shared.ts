import type { Tx } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import { lockPhaseState } from "@/lib/blueprint/services/phase-state";
import { checkPersonalData, describeFindings, type FieldFinding } from "@/lib/review/personal-data";
import type { FieldErrors } from "@/lib/action/result";
import type { AreaActionContext } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Steps every review write shares. Each takes the write's transaction and names the tenant
 * and the area in its own queries: an id from another area or tenant is simply not found.
 */
export const scopeOf = (ctx: AreaActionContext) => ({ partnershipId: ctx.partnershipId, areaId: ctx.area.id });

/**
 * The area's current cycle, with its phase row locked for the rest of the transaction: a
 * record is never filed under a cycle that is ending at that moment, and a phase advance
 * judges the review work either before or after this write, never halfway.
 */
export async function currentCycle(tx: Tx, ctx: AreaActionContext): Promise<number> {
  return (await lockPhaseState(tx, scopeOf(ctx))).cycle;
}

/** Whether the context may read the area (pages resolve it first; reads check again). */
export function readable(ctx: TenantContext, areaId: string): boolean {
  return ctx.areaIds === "all" || ctx.areaIds.includes(areaId);
}

export const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A stored `{ term, kind, field }[]`, for the audit log and the record. */
export type ConfirmedTerm = { term: string; kind: string; field: string };

/**
 * Refuses text that may identify someone, naming the exact words and where they are; the
 * author takes them out or confirms each is not a person's identity (`confirmedTerms`).
 * Returns what was confirmed, to be recorded with the record.
 */
export function requireNoPersonalData(fields: Record<string, string | null>, confirmedTerms: readonly string[]): ConfirmedTerm[] {
  const check = checkPersonalData(fields, confirmedTerms);
  if (!check.ok) {
    const errors: FieldErrors = {};
    const byField = new Map<string, FieldFinding[]>();
    for (const f of check.blocking) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
    for (const [field, found] of byField) {
      const mustGo = found.filter((f) => !f.confirmable);
      errors[field] = [
        `This may identify someone: ${describeFindings(found)}.${mustGo.length ? ` Take out ${describeFindings(mustGo)}: it can never be kept.` : ""}`,
      ];
    }
    const canConfirm = check.blocking.some((f) => f.confirmable);
    throw validationError(
      errors,
      `Nothing was saved: it may hold personal details (${describeFindings(check.blocking)}). Take them out${canConfirm ? ", or confirm below that a word is not a person's identity (for example, a school's name)" : ""}.`,
    );
  }
  return check.confirmed.map((f) => ({ term: f.term, kind: f.kind, field: f.field }));
}

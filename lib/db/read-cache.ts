import { cache } from "react";
import { db } from "@/lib/db/client";
import { ukToday } from "@/lib/blueprint/today";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Page data kept between requests for as long as the database has not changed. The key is
 * PostgreSQL's current snapshot (`pg_current_snapshot()`: which transactions are visible),
 * which moves exactly when a transaction that wrote anything ends, anywhere in the database,
 * whoever made it and whether or not it was audited; so a kept value is only ever served
 * while a fresh load would read the same rows. It also carries the member (no value is
 * shared between two people, so nothing can cross a tenant, an area or a role), the UK date
 * (day counts, "overdue", "within the last 12 months") and the loader's arguments.
 *
 * The snapshot is read before the load: a write that ends during the load changes it, so a
 * value that might mix before and after is never served again. Each hit is a structured
 * clone, so a page that sorts or edits what it was given cannot change the kept copy.
 * Several instances each keep their own values under the same rule. At most MAX_ENTRIES
 * values, least recently used first out; the board dashboard of a 50-area tenant is ~0.5 MB.
 */
const MAX_ENTRIES = 300;
const kept = new Map<string, unknown>();

/** The database's snapshot, once per request. */
const snapshot = cache(async (): Promise<string> => {
  const [row] = await db().$queryRaw<[{ s: string }]>`SELECT pg_current_snapshot()::text AS s`;
  return row.s;
});

/** Page data for a member: kept per member, tenant, UK date, loader and arguments. */
export async function keptRead<T>(ctx: TenantContext, name: string, args: readonly (string | number | null | undefined)[], load: () => Promise<T>): Promise<T> {
  return keptUnder([ukToday(), ctx.userId, ctx.partnershipId, name, args], load);
}

/**
 * A value kept under the snapshot and `key` alone, for what comes before a tenant context (who
 * is signed in, their memberships): the key must name everything the value depends on. A
 * deactivation or a removed membership is a write, so the next request reads afresh.
 */
export async function keptUnder<T>(key: readonly unknown[], load: () => Promise<T>): Promise<T> {
  const id = JSON.stringify([await snapshot(), key]);
  if (kept.has(id)) {
    const value = kept.get(id) as T;
    kept.delete(id);
    kept.set(id, value);
    return structuredClone(value);
  }
  const value = await load();
  try {
    kept.set(id, structuredClone(value));
  } catch {
    return value; // not cloneable (a function inside): served, not kept
  }
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
  return value;
}

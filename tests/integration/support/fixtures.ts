import { db } from "@/lib/db/client";
import { seed, DEMO_USERS } from "@/prisma/seed";
import type { ActionResult, FormAction } from "@/lib/action/result";
import { RedirectSignal, signInAs } from "./action-runtime";

export type Demo = {
  users: Record<string, { id: string; email: string }>;
  bradford: { id: string; areas: Record<string, string>; orgs: Record<string, string> };
  kirklees: { id: string; areas: Record<string, string>; orgs: Record<string, string> };
};

/** The demo data, seeded once per test file into that file's own database. */
export async function seedDemo(): Promise<Demo> {
  await seed(db(), { passwords: "demo" });
  const users: Demo["users"] = {};
  for (const u of DEMO_USERS) {
    const row = await db().user.findUniqueOrThrow({ where: { email: u.email }, select: { id: true, email: true } });
    users[u.key] = row;
  }
  async function tenant(slug: string) {
    const p = await db().localAuthorityPartnership.findUniqueOrThrow({
      where: { slug },
      select: { id: true, areas: { select: { id: true, slug: true } }, organisations: { select: { id: true, name: true } } },
    });
    return {
      id: p.id,
      areas: Object.fromEntries(p.areas.map((a) => [a.slug, a.id])),
      orgs: Object.fromEntries(p.organisations.map((o) => [o.name, o.id])),
    };
  }
  return { users, bradford: await tenant("bradford"), kirklees: await tenant("kirklees") };
}

export function form(fields: Record<string, string | string[] | undefined>): FormData {
  const fd = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) fd.append(key, v);
  }
  return fd;
}

export type Outcome<T> = ActionResult<T> | { status: "redirect"; to: string };

/** Calls a real server action as `userId`, turning a redirect into a value. */
export async function call<T>(action: FormAction<T>, userId: string | null, fields: Record<string, string | string[] | undefined>): Promise<Outcome<T>> {
  signInAs(userId);
  try {
    return await action({ status: "idle" }, form(fields));
  } catch (error) {
    if (error instanceof RedirectSignal) return { status: "redirect", to: error.to };
    throw error;
  }
}

export async function auditCount(where: { action?: string; partnershipId?: string | null } = {}): Promise<number> {
  return db().auditEvent.count({ where });
}

import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { BRADFORD_AREAS, BRADFORD_ORGANISATIONS, seedPartnership } from "./seed/core";
import { DEMO_PASSWORD, DEMO_USERS } from "./seed/demo-users";
import { seedBlueprint } from "./seed/blueprint";
import { seedStatement } from "./seed/statement";
import { seedPartnershipTheory } from "./seed/theory-of-change";
import { seedBudget } from "./seed/budget";
import { seedHub } from "./seed/hub";
import { seedReview } from "./seed/review";
import { seedIndicators } from "./seed/indicators";
import { seedIndicatorUploads } from "./seed/indicator-uploads";

export { DEMO_PASSWORD, DEMO_USERS } from "./seed/demo-users";

export type SeedResult = { seeded: boolean; signIns: { role: string; email: string; password: string }[] };

/**
 * Demo data: the Bradford partnership with the three areas of the seeds and one user
 * per role, plus a second partnership so tenant isolation can be seen. Idempotent:
 * it does nothing when Bradford already exists. Module seeds hang off `seedModules`.
 */
export async function seed(db: Db, options: { passwords: "demo" | "random" } = { passwords: "demo" }): Promise<SeedResult> {
  const demoSignIns = DEMO_USERS.map((u) => ({ role: u.label, email: u.email, password: options.passwords === "demo" ? DEMO_PASSWORD : "(set when first seeded)" }));
  if (await db.localAuthorityPartnership.findUnique({ where: { slug: "bradford" }, select: { id: true } })) {
    return { seeded: false, signIns: options.passwords === "demo" ? demoSignIns : [] };
  }

  const signIns: SeedResult["signIns"] = [];
  const userIds = new Map<string, string>();
  // Hashing is deliberately slow; one hash serves every demo user that shares the demo password.
  const demoHash = options.passwords === "demo" ? await hashPassword(DEMO_PASSWORD) : undefined;
  for (const u of DEMO_USERS) {
    const password = options.passwords === "demo" ? DEMO_PASSWORD : randomBytes(12).toString("base64url");
    const user = await db.user.create({
      data: { email: u.email, name: u.name, isPlatformAdmin: Boolean(u.platformAdmin), passwordHash: demoHash ?? (await hashPassword(password)) },
    });
    userIds.set(u.key, user.id);
    signIns.push({ role: u.label, email: u.email, password });
  }

  const bradford = await seedPartnership(db, {
    slug: "bradford",
    name: "Bradford Education Alliance for Life Chances",
    laCode: "E08000032",
    organisations: BRADFORD_ORGANISATIONS,
    areas: BRADFORD_AREAS.map((a) => ({ ...a, coordinatorUserId: userIds.get(a.coordinator) })),
    researchPartner: "Centre for Applied Education Research (Born in Bradford)",
  });
  const kirklees = await seedPartnership(db, {
    slug: "kirklees",
    name: "Kirklees Children's Partnership (demo)",
    laCode: "E08000034",
    organisations: [
      { name: "Kirklees Council", type: "local_authority" },
      { name: "Dewsbury West Community Trust", type: "vcse" },
      { name: "University of Huddersfield", type: "university" },
      { name: "Westborough Primary", type: "school" },
    ],
    areas: [{ slug: "dewsbury-west", name: "Dewsbury West", backbone: "Dewsbury West Community Trust", coordinatorUserId: userIds.get("kirklees-coordinator") }],
    researchPartner: "University of Huddersfield",
  });

  const tenants = { bradford, kirklees };
  for (const u of DEMO_USERS) {
    if (!u.partnership || !u.role) continue;
    const tenant = tenants[u.partnership];
    const areaIds = u.areas?.map((slug) => tenant.areas.get(slug)!) ?? [null];
    for (const areaId of areaIds) {
      await db.membership.create({ data: { partnershipId: tenant.id, userId: userIds.get(u.key)!, role: u.role, areaId } });
    }
  }

  await seedModules(db, { bradford, kirklees, userIds });
  return { seeded: true, signIns };
}

export type SeedContext = {
  bradford: Awaited<ReturnType<typeof seedPartnership>>;
  kirklees: Awaited<ReturnType<typeof seedPartnership>>;
  userIds: Map<string, string>;
};

/** Each module adds its demo records here (blueprint, statement, budget, hub, indicators, review). */
async function seedModules(db: Db, ctx: SeedContext): Promise<void> {
  const coordinator = DEMO_USERS.find((u) => u.key === "coordinator")!;
  await seedBlueprint(db, ctx.bradford.id, ctx.bradford.areas, { id: ctx.userIds.get("coordinator")!, email: coordinator.email });
  await seedStatement(db, ctx.bradford, ctx.bradford.areas.get("holme-wood")!, ctx.userIds.get("coordinator")!);
  await seedPartnershipTheory(db, ctx.bradford.id, ctx.userIds.get("admin")!);
  await seedBudget(db, ctx.bradford, ctx.bradford.areas.get("holme-wood")!, ctx.userIds.get("coordinator")!);
  await seedHub(db, ctx.bradford);
  await seedIndicatorUploads(db, ctx.bradford, ctx.userIds.get("research")!);
  await seedIndicators(db, ctx.bradford, ctx.userIds.get("research")!);
  await seedReview(db, ctx.bradford, ctx.userIds.get("coordinator")!, ctx.userIds.get("coordinator-mg")!);
}

import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePartnership } from "@/lib/tenancy/page";
import { actorPartnerships } from "@/lib/tenancy/resolve";
import { currentPath } from "@/lib/tenancy/request";
import { listAreas } from "@/lib/areas/services/list-areas";
import { keptRead } from "@/lib/db/read-cache";
import { partnershipNav } from "@/lib/nav/partnership-nav";
import { primaryRole, ROLE_LABELS } from "@/lib/auth/permissions";

/**
 * Resolved before any page's own title, so that a refused visitor gets the plain
 * 404 title rather than the name of the page they guessed.
 */
export async function generateMetadata({ params }: { params: Promise<{ partnership: string }> }): Promise<Metadata> {
  await requirePartnership((await params).partnership);
  return {};
}

export default async function PartnershipLayout({ children, params }: { children: ReactNode; params: Promise<{ partnership: string }> }) {
  const { partnership } = await params;
  const { actor, ctx } = await requirePartnership(partnership);
  const [[partnerships, areas], path] = await Promise.all([keptRead(ctx, "partnership-shell", [], async () => {
      const [mine, all] = await Promise.all([actorPartnerships(actor.id), listAreas(ctx)]);
      // Only what the navigation shows: a kept value is cloned on every request.
      return [mine, all.map((a) => ({ slug: a.slug, name: a.name }))] as const;
    }), currentPath()]);
  const current = partnerships.find((p) => p.slug === ctx.partnershipSlug)!;
  const role = primaryRole(ctx.grants);
  return (
    <AppShell
      user={{ name: actor.name, email: actor.email }}
      roleLabel={role ? ROLE_LABELS[role] : "Member"}
      partnerships={partnerships}
      current={{ partnership: current }}
      nav={partnershipNav(ctx, areas, path)}
    >
      {children}
    </AppShell>
  );
}

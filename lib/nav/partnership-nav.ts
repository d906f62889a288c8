import { can } from "@/lib/auth/permissions";
import { canReadUploads } from "@/lib/indicators/uploads/services/access";
import type { TenantContext } from "@/lib/tenancy/context";

export type NavItem = { label: string; href: string; current?: boolean; children?: NavItem[] };

/** The side navigation for a partnership, by what the context may do. */
export function partnershipNav(
  ctx: TenantContext,
  areas: { slug: string; name: string }[],
  currentPath: string,
): NavItem[] {
  const base = `/p/${ctx.partnershipSlug}`;
  const item = (label: string, href: string, children?: NavItem[]): NavItem => ({
    label,
    href,
    current: href === base ? currentPath === base : currentPath === href || currentPath.startsWith(`${href}/`),
    children,
  });
  const nav: NavItem[] = [item("Overview", base), item("Board dashboard", `${base}/dashboard`)];
  nav.push(
    item(
      "Areas",
      `${base}/areas`,
      areas.map((a) => item(a.name, `${base}/areas/${a.slug}`)),
    ),
  );
  nav.push(item("Theory of change", `${base}/theory-of-change`));
  nav.push(item("Indicator data", `${base}/indicators`, canReadUploads(ctx) ? [item("Uploads", `${base}/indicators/uploads`)] : undefined));
  nav.push(item("Review & learn", `${base}/review`));
  nav.push(item("Organisations", `${base}/organisations`));
  nav.push(item("School calendar", `${base}/school-calendar`));
  if (can(ctx.grants, "partnership.manage")) nav.push(item("Members", `${base}/members`));
  if (can(ctx.grants, "audit.read")) nav.push(item("Audit log", `${base}/audit`));
  return nav;
}

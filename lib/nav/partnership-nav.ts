import { can } from "@/lib/auth/permissions";
import { canReadUploads } from "@/lib/indicators/uploads/services/access";
import type { TenantContext } from "@/lib/tenancy/context";

export type NavItem = { label: string; href: string; current?: boolean; children?: NavItem[] };

/**
 * Up to this many areas are listed under "Areas" in the side navigation; a larger
 * partnership lists only the area being viewed, and the Areas page has them all (a list of
 * 50 links on every page is long to tab through and heavy to send).
 */
export const NAV_AREAS_LISTED = 12;

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
  const areaItems = areas.map((a) => item(a.name, `${base}/areas/${a.slug}`));
  nav.push(item("Areas", `${base}/areas`, areas.length <= NAV_AREAS_LISTED ? areaItems : areaItems.filter((a) => a.current)));
  nav.push(item("Theory of change", `${base}/theory-of-change`));
  nav.push(item("Indicator data", `${base}/indicators`, canReadUploads(ctx) ? [item("Uploads", `${base}/indicators/uploads`)] : undefined));
  nav.push(item("Review & learn", `${base}/review`));
  nav.push(item("Organisations", `${base}/organisations`));
  nav.push(item("School calendar", `${base}/school-calendar`));
  if (can(ctx.grants, "partnership.manage")) nav.push(item("Members", `${base}/members`));
  if (can(ctx.grants, "audit.read")) nav.push(item("Audit log", `${base}/audit`));
  return nav;
}

import type { Grant } from "@/lib/auth/permissions";

/**
 * Who is acting, in which tenant, with which grants. Services take this first
 * and re-check the tenant inside their own queries (partnershipId in every where).
 * Built only from the database, never from what the client sent.
 */
export type TenantContext = {
  userId: string;
  userEmail: string;
  partnershipId: string;
  partnershipSlug: string;
  grants: Grant[];
  /** "all", or the area ids the user may read. */
  areaIds: "all" | string[];
  /** Set when a platform admin entered through an audited access grant. */
  viaPlatformAccess: boolean;
  requestId?: string;
  ip?: string;
};

/** Platform-level work (creating partnerships) by a platform admin. */
export type PlatformContext = { userId: string; userEmail: string; requestId?: string; ip?: string };

import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The one permission matrix (DESIGN §1). A capability is granted by a role;
 * whether it reaches a given area is decided by the membership's scope.
 */
export const CAPABILITIES = [
  "partnership.read",
  "partnership.manage",
  "audit.read",
  "area.read",
  "area.write",
  "gate.waive",
  "indicators.upload",
  "api.tokens",
  "evaluation.write",
  "review.contribute",
] as const;

export type Capability = (typeof CAPABILITIES)[number];

export const ROLES = ["partnership_admin", "board_member", "coordinator", "research_partner", "member"] as const satisfies readonly Role[];

const MATRIX: Record<Role, readonly Capability[]> = {
  partnership_admin: ["partnership.read", "partnership.manage", "audit.read", "area.read", "api.tokens"],
  board_member: ["partnership.read", "area.read", "gate.waive"],
  coordinator: ["partnership.read", "area.read", "area.write", "evaluation.write", "review.contribute"],
  research_partner: ["partnership.read", "area.read", "indicators.upload", "api.tokens", "evaluation.write"],
  member: ["partnership.read", "area.read", "review.contribute"],
};

/** Roles whose grant covers every area of the partnership whatever the membership's scope. */
const PARTNERSHIP_WIDE: ReadonlySet<Role> = new Set(["partnership_admin", "board_member"]);

export const ROLE_LABELS: Record<Role, string> = {
  partnership_admin: "Partnership admin",
  board_member: "Board member",
  coordinator: "Co-ordinator",
  research_partner: "Research partner",
  member: "Member",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  partnership_admin: "Manages areas, organisations, members and invitations; reads the audit log.",
  board_member: "Sees every area and the board dashboards; may waive a gate item with a reason.",
  coordinator: "Runs the blueprint in their areas: records, meetings, Statement of Intent, budget and hub.",
  research_partner: "Uploads indicator data and keeps the evaluation framework.",
  member: "Reads their areas; adds case studies and feedback; sits on grant panels when assigned.",
};

/** Whether the role needs an area (true) or may be partnership-wide (false) when invited. */
export function roleMayBeAreaScoped(role: Role): boolean {
  return !PARTNERSHIP_WIDE.has(role);
}

export type Grant = { role: Role; areaId: string | null };

export function roleGrants(role: Role, capability: Capability): boolean {
  return MATRIX[role].includes(capability);
}

/**
 * Does any of the grants allow `capability`, on `areaId` when given?
 * Without an area, only a partnership-wide grant (scope null, or an admin/board role) counts
 * for write capabilities; reading the partnership needs any membership.
 */
export function can(grants: readonly Grant[], capability: Capability, areaId?: string | null): boolean {
  return grants.some((grant) => {
    if (!roleGrants(grant.role, capability)) return false;
    if (capability === "partnership.read") return true;
    if (PARTNERSHIP_WIDE.has(grant.role) || grant.areaId === null) return true;
    return areaId !== undefined && areaId !== null && grant.areaId === areaId;
  });
}

/** The areas a set of grants can read: "all", or the listed ids. */
export function readableAreas(grants: readonly Grant[]): "all" | string[] {
  if (grants.some((g) => PARTNERSHIP_WIDE.has(g.role) || g.areaId === null)) return "all";
  return [...new Set(grants.map((g) => g.areaId).filter((id): id is string => id !== null))];
}

/** The highest role, for display ("Co-ordinator"). */
export function primaryRole(grants: readonly Grant[]): Role | undefined {
  return ROLES.find((role) => grants.some((g) => g.role === role));
}

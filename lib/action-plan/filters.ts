import { z } from "zod";
import type { ActionItemStatus } from "@/lib/generated/prisma/enums";
import { STATUSES } from "@/lib/action-plan/labels";
import { isOverdue } from "@/lib/action-plan/rules";

/**
 * The action plan's filters, read from the page's query string (a GET form, so they
 * work without JavaScript and can be bookmarked). Anything unrecognised means "all":
 * a stale or hand-edited link shows the whole plan rather than an error.
 */
export const STATUS_FILTERS = ["all", ...STATUSES, "overdue"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** "all", "none" (items without an owner) or an organisation id. */
export type OwnerFilter = "all" | "none" | string;

export type PlanFilters = { status: StatusFilter; owner: OwnerFilter };

const single = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.unknown());

export const planFilters = z.object({
  status: single.pipe(z.enum(STATUS_FILTERS)).catch("all"),
  owner: single.pipe(z.union([z.literal("all"), z.literal("none"), z.string().uuid()])).catch("all"),
});

export function readPlanFilters(searchParams: Record<string, string | string[] | undefined>): PlanFilters {
  return planFilters.parse(searchParams);
}

export function hasActiveFilters(filters: PlanFilters): boolean {
  return filters.status !== "all" || filters.owner !== "all";
}

type Filterable = { status: ActionItemStatus; dueOn: Date | null; ownerOrganisationId: string | null };

export function matchesPlanFilters(item: Filterable, filters: PlanFilters, today: string): boolean {
  if (filters.status === "overdue" ? !isOverdue(item, today) : filters.status !== "all" && item.status !== filters.status) return false;
  if (filters.owner === "none") return item.ownerOrganisationId === null;
  return filters.owner === "all" || item.ownerOrganisationId === filters.owner;
}

export function filterActionItems<T extends Filterable>(items: readonly T[], filters: PlanFilters, today: string): T[] {
  return items.filter((item) => matchesPlanFilters(item, filters, today));
}

import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";

export const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function scopeOptions(areas: { id: string; name: string }[]) {
  return [{ value: "", label: "Whole partnership" }, ...areas.map((a) => ({ value: a.id, label: a.name }))];
}

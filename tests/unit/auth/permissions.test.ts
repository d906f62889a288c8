import { describe, expect, it } from "vitest";
import { can, readableAreas, primaryRole, ROLES, CAPABILITIES, type Grant } from "@/lib/auth/permissions";

const A = "area-a";
const B = "area-b";

describe("permission matrix", () => {
  it("lets only partnership admins manage the partnership and read the audit log", () => {
    for (const role of ROLES) {
      const grants: Grant[] = [{ role, areaId: null }];
      expect(can(grants, "partnership.manage")).toBe(role === "partnership_admin");
      expect(can(grants, "audit.read")).toBe(role === "partnership_admin");
    }
  });

  it("lets only board members waive gate items", () => {
    for (const role of ROLES) expect(can([{ role, areaId: null }], "gate.waive", A)).toBe(role === "board_member");
  });

  it("confines an area-scoped co-ordinator's writes to their own area", () => {
    const grants: Grant[] = [{ role: "coordinator", areaId: A }];
    expect(can(grants, "area.write", A)).toBe(true);
    expect(can(grants, "area.write", B)).toBe(false);
    expect(can(grants, "area.write")).toBe(false);
    expect(can(grants, "area.read", B)).toBe(false);
  });

  it("gives a partnership-wide co-ordinator every area", () => {
    expect(can([{ role: "coordinator", areaId: null }], "area.write", B)).toBe(true);
  });

  it("never lets a board member or admin write area records, whatever their scope", () => {
    for (const role of ["board_member", "partnership_admin"] as const) {
      expect(can([{ role, areaId: null }], "area.write", A)).toBe(false);
      expect(can([{ role, areaId: null }], "area.read", A)).toBe(true);
    }
  });

  it("lets research partners upload indicators but not edit area records", () => {
    const grants: Grant[] = [{ role: "research_partner", areaId: null }];
    expect(can(grants, "indicators.upload", A)).toBe(true);
    expect(can(grants, "area.write", A)).toBe(false);
  });

  it("combines grants: a member in A and a co-ordinator in B", () => {
    const grants: Grant[] = [
      { role: "member", areaId: A },
      { role: "coordinator", areaId: B },
    ];
    expect(can(grants, "area.write", A)).toBe(false);
    expect(can(grants, "area.write", B)).toBe(true);
    expect(readableAreas(grants)).toEqual([A, B]);
    expect(primaryRole(grants)).toBe("coordinator");
  });

  it("grants nothing without a membership", () => {
    for (const capability of CAPABILITIES) expect(can([], capability, A)).toBe(false);
  });

  it("reads every area for board members and partnership-wide grants", () => {
    expect(readableAreas([{ role: "board_member", areaId: null }])).toBe("all");
    expect(readableAreas([{ role: "research_partner", areaId: null }])).toBe("all");
    expect(readableAreas([{ role: "research_partner", areaId: A }])).toEqual([A]);
  });
});

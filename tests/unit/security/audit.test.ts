import { describe, expect, it } from "vitest";
import { compareVersions, newestOnMajor, readAudit } from "@/lib/security/audit";

describe("reading npm audit", () => {
  it("fails on a high or critical advisory and names it", () => {
    const report = { metadata: { vulnerabilities: { low: 1, moderate: 0, high: 1, critical: 0 } }, vulnerabilities: { next: { name: "next", severity: "high", range: "<16.4.6" }, ms: { name: "ms", severity: "low" } } };
    expect(readAudit(JSON.stringify(report))).toEqual({ kind: "findings", failing: ["next (high, <16.4.6)"], counts: report.metadata.vulnerabilities });
  });

  it("passes low and moderate findings", () => {
    expect(readAudit(JSON.stringify({ metadata: { vulnerabilities: { low: 2, moderate: 1, high: 0, critical: 0 } }, vulnerabilities: {} })).kind).toBe("clean");
  });

  it("says when the registry refused to audit, instead of passing silently", () => {
    expect(readAudit(JSON.stringify({ statusCode: 405, message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" }))).toEqual({
      kind: "unavailable",
      reason: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    });
    expect(readAudit("npm ERR! network").kind).toBe("unavailable");
  });
});

describe("the security floor", () => {
  it("finds the newest release on the installed major line, ignoring prereleases and other majors", () => {
    expect(newestOnMajor("16.4.5", ["15.9.9", "16.4.5", "16.4.6", "16.10.0", "17.0.0", "16.11.0-canary.3"])).toBe("16.10.0");
    expect(newestOnMajor("19.3.1", ["19.2.9", "19.3.0", "19.3.1"])).toBe("19.3.1");
  });

  it("compares versions numerically, not as text", () => {
    expect(compareVersions("16.10.0", "16.9.9")).toBeGreaterThan(0);
    expect(compareVersions("4.24.15", "4.24.15")).toBe(0);
  });
});

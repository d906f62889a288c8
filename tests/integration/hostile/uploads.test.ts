import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { discardBatch } from "@/lib/indicators/uploads/services/batches";
import { rejectionsCsv } from "@/lib/indicators/uploads/api";
import { stageUpload, type StageOutcome } from "@/lib/indicators/uploads/services/stage";
import { seedDemo, type Demo } from "../support/fixtures";
import { tenantContext, TEMPLATE } from "../support/uploads";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Hostile CSV files (issue 9 item 5): each is staged as the research partner would upload it.
 * Expected: a plain-English refusal, or a staged batch whose bad rows are rejected with a
 * reason; never an exception, never a committed figure, and formula text exported inert.
 */
let demo: Demo;
let research: TenantContext;

beforeAll(async () => {
  demo = await seedDemo();
  research = await tenantContext(demo.users.research!.id);
});

const row = (value: string, extra = { breakdown: "", note: "" }) => `injury-admissions-0-14,,,la,E08000032,2023/24,financial_year,${extra.breakdown},${value},,${extra.note ? `,${extra.note}` : ""}`;

/** A pseudo-random but repeatable run of bytes. */
function garbage(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i += 1) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const enc = (text: string) => new TextEncoder().encode(text);

const HOSTILE_FILES: Record<string, Uint8Array> = {
  "binary garbage": garbage(256 * 1024),
  "a PNG image renamed .csv": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...garbage(4096)]),
  "an empty file": new Uint8Array(),
  "only a header": enc(`${TEMPLATE}\n`),
  "a 10 MB single line": enc("a,".repeat(5 * 1024 * 1024)),
  "a 10 MB single cell after the header": enc(`${TEMPLATE}\n${row("1", { breakdown: "x".repeat(10 * 1024 * 1024), note: "" })}\n`),
  "an unbalanced quote": enc(`${TEMPLATE}\n"injury-admissions-0-14,,,la,E08000032,2023/24,financial_year,,5,,\n${row("6")}\n`),
  "duplicate headers": enc(`${TEMPLATE},value,geography_code\n${row("5")},7,E08000033\n`),
  "thousands of columns": enc(`${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(",")}\n${Array.from({ length: 5000 }, () => "1").join(",")}\n`),
  "NUL bytes in a row": enc(`${TEMPLATE}\n${row("5\u0000")}\n${row("6", { breakdown: "age\u0000=1", note: "" })}\n`),
  "NUL bytes in the header": enc(`${TEMPLATE.replace("value", "val\u0000ue")}\n${row("5")}\n`),
  "an escape sequence in the header": enc(`\u001b[2J${TEMPLATE}\n${row("5")}\n`),
  "UTF-16 with a byte-order mark": utf16(`${TEMPLATE}\n${row("5")}\n`),
  "Latin-1 bytes": new Uint8Array([...enc(`${TEMPLATE},note\n${row("5").slice(0, -1)}`), 0x2c, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
  "numbers people would not mean": enc(`${TEMPLATE}\n${["0x10", "1e3", "Infinity", "NaN", "-0", "1,2", "12abc", "=1+1", "", "99999999999999999999999"].map((v, i) => row(v, { breakdown: `case=${i}`, note: "" })).join("\n")}\n`),
  "ragged rows": enc(`${TEMPLATE}\n${row("5")},extra,cells\ninjury-admissions-0-14,,,la\n`),
  "a bidi override and zero-width space in codes": enc(`${TEMPLATE}\ninjury-admissions-0-14,,,la,E0800\u200B0032,2023/24,financial_year,,5,,\ninjury\u202E-admissions-0-14,,,la,E08000032,2023/24,financial_year,,5,,\n`),
};

async function* bytes(data: Uint8Array, chunk = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += chunk) yield data.subarray(i, i + chunk);
}

async function committedCount(): Promise<bigint> {
  const [r] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "CurrentDataPoint" WHERE "partnershipId" = ${demo.bradford.id}::uuid`;
  return r!.n;
}

const DEVELOPER = /TypeError|RangeError|undefined|\bnull\b|Prisma|stack|at \w+ \(|\[object|invalid byte sequence|SQLSTATE/i;

function messagesOf(outcome: StageOutcome): string[] {
  if (outcome.kind === "refused") return [outcome.message];
  if (outcome.kind === "staged") return [JSON.stringify(outcome.summary)];
  return [];
}

describe("hostile upload files", () => {
  it("do not stop an ordinary file with a UTF-8 byte-order mark and Windows line endings from staging", async () => {
    const outcome = await stageUpload(research, { source: bytes(enc(`\ufeff${TEMPLATE}\r\n${row("5")}\r\n`)), fileName: "excel.csv", channel: "web" });
    expect(outcome.kind).toBe("staged");
    if (outcome.kind === "staged") {
      expect(await db().uploadRejection.count({ where: { partnershipId: demo.bradford.id, batchId: outcome.batchId } })).toBe(0);
      await discardBatch(research, { batchId: outcome.batchId });
    }
  });

  it("are refused plainly or staged with reasons, never committed, never an exception", async () => {
    const before = await committedCount();
    const failures: string[] = [];
    const outcomes: string[] = [];
    for (const [what, data] of Object.entries(HOSTILE_FILES)) {
      let outcome: StageOutcome;
      try {
        outcome = await stageUpload(research, { source: bytes(data), fileName: `${what}.csv`, channel: "web" });
      } catch (error) {
        failures.push(`${what}: threw ${String(error).slice(0, 200)}`);
        continue;
      }
      outcomes.push(`${what}: ${outcome.kind}${outcome.kind === "refused" ? ` (${outcome.message})` : ""}`);
      for (const m of messagesOf(outcome)) if (outcome.kind === "refused" && DEVELOPER.test(m)) failures.push(`${what}: developer wording "${m.slice(0, 200)}"`);
      if (outcome.kind === "refused" && !outcome.message.trim()) failures.push(`${what}: refused without a reason`);
      if (outcome.kind === "staged") {
        const rejections = await db().uploadRejection.findMany({ where: { partnershipId: demo.bradford.id, batchId: outcome.batchId }, select: { reason: true } });
        for (const r of rejections) if (!r.reason.trim() || DEVELOPER.test(r.reason)) failures.push(`${what}: rejection reason "${r.reason}"`);
        const points = await db().dataPoint.findMany({ where: { partnershipId: demo.bradford.id, batchId: outcome.batchId }, select: { value: true, breakdown: true, note: true, geographyCode: true } });
        for (const p of points) {
          if (p.value !== null && !Number.isFinite(p.value)) failures.push(`${what}: staged a value of ${p.value}`);
          if (Object.is(p.value, -0)) failures.push(`${what}: staged -0`);
          if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/.test(`${p.breakdown}${p.note ?? ""}${p.geographyCode}`)) failures.push(`${what}: staged an invisible control character`);
        }
        await discardBatch(research, { batchId: outcome.batchId });
      }
    }
    if (process.env.HOSTILE_VERBOSE) console.log(outcomes.join("\n"));
    expect(failures).toEqual([]);
    expect(await committedCount()).toBe(before);
  });

  it("keeps formula text in cells as text, and exports rejected rows formula-safe", async () => {
    const formulas = ['=HYPERLINK("https://evil.example","x")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-1+1", "\t=1+1"];
    const text = `${TEMPLATE},note\n${formulas.map((f, i) => row(i % 2 ? `=${i}` : "5", { breakdown: `case=${i}`, note: `"${f.replace(/"/g, '""')}"` })).join("\n")}\n`;
    const outcome = await stageUpload(research, { source: bytes(enc(text)), fileName: "formulas.csv", channel: "web" });
    expect(outcome.kind).toBe("staged");
    if (outcome.kind !== "staged") return;
    const notes = await db().dataPoint.findMany({ where: { partnershipId: demo.bradford.id, batchId: outcome.batchId }, select: { note: true }, orderBy: { line: "asc" } });
    // Stored as typed (cells are trimmed, so the leading tab goes): text, never a formula run here.
    for (const n of notes) expect(formulas.map((f) => f.trim())).toContain(n.note);
    const csv = await (await rejectionsCsv(research, outcome.batchId)).text();
    for (const line of csv.split(/\r\n/).slice(1).filter(Boolean)) {
      for (const cell of line.split(",")) expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
    }
    await discardBatch(research, { batchId: outcome.batchId });
  });
});

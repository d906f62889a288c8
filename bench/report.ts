import os from "node:os";
import type { Summary } from "./stats";

/** One measured figure. Samples are milliseconds; `unit` is how they are shown. */
export type Row = { name: string; unit: "ms" | "µs"; summary: Summary; throughput?: string };

const HEADERS = ["measure", "n", "p50", "p95", "max", "unit", "throughput"] as const;

function figure(ms: number, unit: Row["unit"]): string {
  const value = unit === "µs" ? ms * 1000 : ms;
  if (!Number.isFinite(value)) return "-";
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function perSecond(count: number, ms: number, noun: string): string {
  const rate = count / (ms / 1000);
  return `${rate >= 100 ? Math.round(rate).toLocaleString("en-GB") : rate.toFixed(1)} ${noun}/s`;
}

function cells(row: Row): string[] {
  const s = row.summary;
  return [row.name, String(s.n), figure(s.p50, row.unit), figure(s.p95, row.unit), figure(s.max, row.unit), row.unit, row.throughput ?? ""];
}

/** A plain-text table that reads the same in a terminal and pasted into an issue. */
export function formatTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(HEADERS), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

export function heading(title: string): void {
  console.log(`\n== ${title} ==`);
}

export function note(message: string): void {
  console.log(`   ${message}`);
}

export function printRows(rows: readonly Row[]): void {
  console.log(
    formatTable(rows)
      .split("\n")
      .map((l) => `   ${l}`)
      .join("\n"),
  );
}

export type Machine = { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

export type SummaryInput = {
  machine: Machine;
  database: { kind: string; version: string };
  areas: { total: number; added: number; fixtureMs: number };
  rows: readonly Row[];
  findings: readonly string[];
};

/** The block to paste into an issue note. */
export function printSummary(input: SummaryInput): void {
  const m = input.machine;
  const lines = [
    `Act Locally benchmark (npm run bench), ${new Date().toISOString()}`,
    `machine:  ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.platform}, node ${m.node}`,
    `database: ${input.database.kind}, PostgreSQL ${input.database.version}`,
    `areas:    ${input.areas.total} in Bradford (${input.areas.added} added by the bench in ${(input.areas.fixtureMs / 1000).toFixed(2)} s)`,
    "",
    formatTable(input.rows),
    "",
    ...input.findings,
  ];
  heading("summary (paste into an issue note)");
  console.log(["```", ...lines, "```"].join("\n"));
}

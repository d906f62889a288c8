import { isBlankRecord } from "@/lib/csv/parse";
import { CellIndex, figuresTag } from "@/lib/indicators/uploads/cell-index";
import { classifyGeography, type GeographyScope, type GeographyVerdict } from "@/lib/indicators/uploads/geography";
import { detach } from "@/lib/indicators/uploads/header";
import type { IndicatorPlanner, PlannedIndicator } from "@/lib/indicators/uploads/plan";
import type { Observation, RowReader, SourceIndicator } from "@/lib/indicators/uploads/types";
import type { GeographyType } from "@/lib/generated/prisma/enums";

/**
 * The rules an upload's rows pass, one record at a time (pure: what it writes goes to a
 * sink). A row is accepted whole or rejected whole, with its line and the reason: a cell a
 * reader cannot read, a geography that cannot be what it says or is not one of the
 * partnership's areas, a row repeating a cell of an earlier line, cells past the end of
 * the header. Figures for geographies outside the partnership are counted per code and
 * left out; they do not make a row an error.
 */

// NUL cannot be stored in PostgreSQL text; the other C0 controls (but tab), DEL, direction
// overrides and zero-width characters never belong in a figure, a code or a note.
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/;

export function hasInvisibleControl(cell: string): boolean {
  return INVISIBLE_CONTROL.test(cell);
}

export type UploadSink = {
  value(observation: Observation, indicatorId: string, geographyType: GeographyType, geographyCode: string, line: number): void;
  rejection(line: number, reason: string): void;
};

export type ProcessorCounts = { read: number; accepted: number; rejected: number; outside: number; skipped: number; blank: number; repeated: number; values: number };

/** An accepted geography as the processor keeps it: with its ordinal for cell keys, counted once. */
type AcceptedGeography = GeographyVerdict & { kind: "accept"; ordinal: number; counted: boolean };
type Verdict = AcceptedGeography | (GeographyVerdict & { kind: "outside" | "reject" });
type Accepted = { observation: Observation; plan: PlannedIndicator; verdict: AcceptedGeography; key: number | string; tag: number };

const KEY_LIMITS = { indicator: 1 << 10, geography: 1 << 21, period: 1 << 11, breakdown: 1 << 11 };

const HEADLINE = 1;
const BREAKDOWN = 2;

export class UploadProcessor {
  readonly counts: ProcessorCounts = { read: 0, accepted: 0, rejected: 0, outside: 0, skipped: 0, blank: 0, repeated: 0, values: 0 };
  /** Accepted geographies by type, outside ones by code with their row count. */
  readonly accepted = new Map<GeographyType, Set<string>>();
  readonly outside = new Map<string, { type: GeographyType; rows: number }>();
  readonly periods = new Map<string, { type: string; start: string; end: string; values: number }>();
  /** Per indicator id, its periods' labels, each with HEADLINE and/or BREAKDOWN: the batch's BatchPeriod rows. */
  private readonly periodsByIndicator = new Map<string, Map<string, { flags: number; type: string; start: string; end: string }>>();
  /**
   * Whether rows may hold an invisible control character: the pipeline scans each decoded
   * chunk once and sets this when one does, so a clean file's rows skip the per-cell check.
   */
  checkControls = false;
  private readonly verdicts = new Map<GeographyType | null, Map<string, Verdict>>();
  private geographies = 0;
  private lastPlan: PlannedIndicator | null = null;
  private readonly geographyIds = new Map<string, number>();
  /** "" (the headline) is breakdown 0 without a lookup. */
  private readonly breakdownIds = new Map<string, number>([["", 0]]);
  private readonly periodIds = new Map<string, number>();
  private readonly indicatorIds = new Map<PlannedIndicator, number>();
  private readonly sources = new Map<PlannedIndicator, SourceIndicator>();
  private readonly cells: CellIndex;
  private readonly wideCells = new Map<string, { line: number; tag: number }>();
  private extraCells = 0;
  private readonly scratch: Accepted[] = [];
  private readonly pool: Accepted[] = [];

  constructor(
    private readonly reader: RowReader,
    private readonly headerLength: number,
    private readonly scope: GeographyScope,
    private readonly planner: IndicatorPlanner,
    private readonly sink: UploadSink,
  ) {
    // It grows as the file is read: sized up front from a file's length, its early allocation made
    // V8 put off garbage collection and the process peaked 100 MB higher (measured).
    this.cells = new CellIndex();
  }

  /** Rows with more cells than the header whose extra cells were empty (a trailing comma). */
  get trailingEmptyCells(): number {
    return this.extraCells;
  }

  record(cells: readonly string[], line: number): void {
    this.counts.read++;
    if (isBlankRecord(cells)) {
      this.counts.blank++;
      return;
    }
    if (cells.length > this.headerLength) {
      for (let i = this.headerLength; i < cells.length; i++) {
        if (cells[i]!.trim() !== "") return this.reject(line, `The row has ${cells.length} cells but the header has ${this.headerLength}: a cell holds an unquoted comma, or columns are missing from the header`);
      }
      this.extraCells++;
    }
    if (this.checkControls && cells.some(hasInvisibleControl)) {
      return this.reject(line, "A cell holds an invisible control character (a NUL byte, an escape, or a direction override): the file was probably exported wrongly, or edited to hide something");
    }
    const result = this.reader.read(cells, line);
    if (!result.ok) return this.reject(line, result.reason);

    const accepted = this.scratch;
    accepted.length = 0;
    let outsideHere = 0;
    let skippedHere = 0;
    for (const observation of result.observations) {
      const plan = this.planner.plan(observation.indicator);
      if (plan !== this.lastPlan) {
        this.lastPlan = plan;
        if (!this.sources.has(plan)) this.sources.set(plan, observation.indicator);
      }
      if (plan.action === "skip") {
        skippedHere++;
        continue;
      }
      const verdict = this.verdict(observation.geographyType, observation.geographyCode);
      if (verdict.kind === "reject") return this.reject(line, verdict.reason);
      if (verdict.kind === "outside") {
        outsideHere++;
        const seen = this.outside.get(verdict.code);
        // One count per row, even when a row carries several indicators.
        if (outsideHere === 1) {
          if (seen) seen.rows++;
          else this.outside.set(detach(verdict.code), { type: verdict.type, rows: 1 });
        }
        continue;
      }
      const key = this.cellKey(plan, verdict.ordinal, observation.period.label, observation.breakdown);
      const o = observation;
      // Slots are reused row after row: a million rows make no garbage here.
      const slot = this.pool[accepted.length] ?? (this.pool[accepted.length] = { observation, plan, verdict, key, tag: 0 });
      slot.observation = observation;
      slot.plan = plan;
      slot.verdict = verdict;
      slot.key = key;
      slot.tag = figuresTag(o.value, o.numerator, o.denominator, o.lowerCi, o.upperCi, o.missingReason);
      accepted.push(slot);
    }

    // Repeats are checked before anything of the row is written: a row is all or nothing. A
    // repeat with the same figures (Fingertips lists England twice, once as its own parent)
    // changes nothing and is dropped; one with different figures is refused.
    let repeats = 0;
    for (let i = 0; i < accepted.length; i++) {
      const a = accepted[i]!;
      const earlier = this.earlier(a.key);
      if (!earlier) continue;
      if (earlier.tag !== a.tag) return this.reject(line, `It gives different figures for the same indicator, geography, period and breakdown as line ${earlier.line}`);
      repeats++;
    }
    if (repeats > 0 && repeats === accepted.length) {
      this.counts.repeated++;
      return;
    }
    if (accepted.length === 0) {
      if (outsideHere > 0) this.counts.outside++;
      else if (skippedHere > 0) this.counts.skipped++;
      return;
    }
    for (const a of accepted) {
      if (repeats > 0 && this.earlier(a.key)) continue;
      this.remember(a.key, line, a.tag);
      const o = a.observation;
      this.sink.value(o, a.plan.id, a.verdict.type, a.verdict.code, line);
      a.plan.values++;
      if (o.value === null) a.plan.missing++;
      if (!a.verdict.counted) {
        a.verdict.counted = true;
        let codes = this.accepted.get(a.verdict.type);
        if (!codes) this.accepted.set(a.verdict.type, (codes = new Set()));
        codes.add(a.verdict.code);
      }
      const period = this.periods.get(o.period.label);
      if (period) period.values++;
      else this.periods.set(o.period.label, { type: o.period.type, start: o.period.start, end: o.period.end, values: 1 });
      let labels = this.periodsByIndicator.get(a.plan.id);
      if (!labels) this.periodsByIndicator.set(a.plan.id, (labels = new Map()));
      const seen = labels.get(o.period.label);
      const flag = o.breakdown === "" ? HEADLINE : BREAKDOWN;
      if (seen) seen.flags |= flag;
      else labels.set(o.period.label, { flags: flag, type: o.period.type, start: o.period.start, end: o.period.end });
    }
    this.counts.values += accepted.length;
    this.counts.accepted++;
  }

  /** Each indicator's periods in the file, with or without a headline figure (no breakdown). */
  *indicatorPeriods(): Generator<{ indicatorId: string; period: string; headline: boolean; type: string; start: string; end: string }> {
    for (const [indicatorId, labels] of this.periodsByIndicator) {
      for (const [period, info] of labels) {
        for (const headline of [true, false]) {
          if (info.flags & (headline ? HEADLINE : BREAKDOWN)) yield { indicatorId, period, headline, type: info.type, start: info.start, end: info.end };
        }
      }
    }
  }

  /** The indicator as the file last described it (a Fingertips unit is learnt from its rows). */
  sourceOf(plan: PlannedIndicator): SourceIndicator | undefined {
    return this.sources.get(plan);
  }

  private reject(line: number, reason: string): void {
    this.counts.rejected++;
    this.sink.rejection(line, reason);
  }

  private verdict(type: GeographyType | null, code: string): Verdict {
    let byCode = this.verdicts.get(type);
    if (!byCode) this.verdicts.set(type, (byCode = new Map()));
    let verdict = byCode.get(code);
    if (!verdict) {
      const v = classifyGeography(this.scope, type, code);
      verdict = v.kind === "reject" ? v : v.kind === "outside" ? { ...v, code: detach(v.code) } : { ...v, code: detach(v.code), ordinal: this.geographyOrdinal(v.code), counted: false };
      byCode.set(detach(code), verdict);
    }
    return verdict;
  }

  /** One ordinal per accepted code, whatever type or spelling it came with. */
  private geographyOrdinal(code: string): number {
    let id = this.geographyIds.get(code);
    if (id === undefined) {
      id = this.geographies++;
      this.geographyIds.set(detach(code), id);
    }
    return id;
  }

  private intern(map: Map<string, number>, value: string): number {
    let id = map.get(value);
    if (id === undefined) {
      id = map.size;
      map.set(detach(value), id);
    }
    return id;
  }

  private cellKey(plan: PlannedIndicator, geo: number, period: string, breakdown: string): number | string {
    let ind = this.indicatorIds.get(plan);
    if (ind === undefined) {
      ind = this.indicatorIds.size;
      this.indicatorIds.set(plan, ind);
    }
    const per = this.intern(this.periodIds, period);
    const brk = breakdown === "" ? 0 : this.intern(this.breakdownIds, breakdown);
    if (ind < KEY_LIMITS.indicator && geo < KEY_LIMITS.geography && per < KEY_LIMITS.period && brk < KEY_LIMITS.breakdown) {
      return ((ind * KEY_LIMITS.geography + geo) * KEY_LIMITS.period + per) * KEY_LIMITS.breakdown + brk;
    }
    return `${ind}\u0000${geo}\u0000${per}\u0000${brk}`;
  }

  private earlier(key: number | string): { line: number; tag: number } | undefined {
    return typeof key === "string" ? this.wideCells.get(key) : this.cells.lookup(key);
  }

  private remember(key: number | string, line: number, tag: number): void {
    if (typeof key === "string") this.wideCells.set(key, { line, tag });
    else this.cells.add(key, line, tag);
  }
}

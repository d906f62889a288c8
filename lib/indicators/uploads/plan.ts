import { catalogueEntry } from "@/lib/indicators/catalogue";
import type { IndicatorPolarity, IndicatorUnit } from "@/lib/generated/prisma/enums";
import type { SourceIndicator } from "@/lib/indicators/uploads/types";

/**
 * What happens to each indicator a file names (pure): it is one the partnership has
 * ("existing"), a national catalogue entry the partnership adopts when the batch is
 * committed ("adopt"), a new partnership indicator made from the file's own name and unit
 * ("create"), or left out ("skip"). Nothing is created before the commit: staged rows carry
 * the id the indicator will have, and the preview shows exactly what will be created.
 */
export type IndicatorAction = "existing" | "adopt" | "create" | "skip";

export type PlannedIndicator = {
  key: string;
  action: IndicatorAction;
  /** The definition's id: an existing one, or the id it will be created with. */
  id: string;
  code: string;
  name: string;
  unit: IndicatorUnit | null;
  polarity: IndicatorPolarity;
  source: string;
  /** As the file names it. */
  sourceName: string;
  catalogueCode: string | null;
  /** The existing indicator that rows created as `id` were moved to in the preview, if any. */
  mappedFrom: string | null;
  values: number;
  missing: number;
};

export type KnownIndicator = { id: string; code: string; name: string; unit: IndicatorUnit; polarity: IndicatorPolarity; source: string };

/** What the uploader decided for indicators the partnership does not have yet. */
export type IndicatorDecisions = {
  /** Per source key ("fingertips:93000"): leave it out, or use the partnership indicator with this code. */
  byKey?: Record<string, "skip" | "create" | { code: string }>;
  /** For indicators new to the partnership and not in the catalogue: create them (default) or leave them out. */
  unknown?: "create" | "skip";
};

export class IndicatorPlanner {
  private readonly byCode: ReadonlyMap<string, KnownIndicator>;
  private readonly planned = new Map<string, PlannedIndicator>();
  private readonly bySource = new WeakMap<SourceIndicator, PlannedIndicator>();

  constructor(
    known: readonly KnownIndicator[],
    private readonly decisions: IndicatorDecisions = {},
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {
    this.byCode = new Map(known.map((k) => [k.code, k]));
  }

  /** The plan for a file's indicator; the same object every time it is asked about. */
  plan(source: SourceIndicator): PlannedIndicator {
    const cached = this.bySource.get(source);
    if (cached) return cached;
    let planned = this.planned.get(source.key);
    if (!planned) {
      planned = this.decide(source);
      this.planned.set(source.key, planned);
    }
    this.bySource.set(source, planned);
    return planned;
  }

  all(): PlannedIndicator[] {
    return [...this.planned.values()];
  }

  private decide(source: SourceIndicator): PlannedIndicator {
    const base = { key: source.key, sourceName: source.name, mappedFrom: null, values: 0, missing: 0 };
    const existing = (known: KnownIndicator): PlannedIndicator => ({ ...base, action: "existing", id: known.id, code: known.code, name: known.name, unit: known.unit, polarity: known.polarity, source: known.source, catalogueCode: source.catalogueCode });
    const choice = this.decisions.byKey?.[source.key];
    if (choice && typeof choice === "object") {
      const target = this.byCode.get(choice.code);
      if (target) return existing(target);
    }
    if (choice === "skip") return { ...base, action: "skip", id: this.newId(), code: source.code, name: source.name, unit: source.unit, polarity: "neither", source: source.source, catalogueCode: source.catalogueCode };
    const adopted = source.catalogueCode ? this.byCode.get(source.catalogueCode) : undefined;
    if (adopted) return existing(adopted);
    const own = this.byCode.get(source.code);
    if (own) return existing(own);
    const entry = source.catalogueCode ? catalogueEntry(source.catalogueCode) : undefined;
    if (entry) {
      return { ...base, action: "adopt", id: this.newId(), code: entry.code, name: entry.name, unit: entry.unit, polarity: entry.polarity, source: entry.source, catalogueCode: entry.code };
    }
    const action = choice === "create" ? "create" : this.decisions.unknown === "skip" ? "skip" : "create";
    return { ...base, action, id: this.newId(), code: source.code, name: source.name, unit: source.unit, polarity: "neither", source: source.source, catalogueCode: null };
  }
}

import type { StatementContent } from "@/lib/statement/content";
import type { StatementSectionKey } from "@/lib/statement/sections";

/**
 * What a Statement of Intent needs before it can carry the partnership's case: the guide
 * asks for the problem locally "with data and lived experience, agreed actions, desired
 * outcomes and recommendations for commissioners". Pure, so the phase 3 gate
 * (lib/blueprint/services/phase3-snapshot.ts) and the editor judge it the same way.
 */
export type CompletenessKey = "figure" | "voice" | "action" | "outcome" | "ask";

export type CompletenessItem = {
  key: CompletenessKey;
  /** Reads after "still needs": "a data figure with its source". */
  missingText: string;
  /** The editor section where it is written. */
  section: StatementSectionKey;
  met: boolean;
};

export type Completeness = { complete: boolean; missing: string[]; items: CompletenessItem[] };

const filled = (value: string | undefined) => (value ?? "").trim() !== "";

export function statementCompleteness(content: StatementContent): Completeness {
  const items: CompletenessItem[] = [
    { key: "figure", missingText: "a data figure with its source", section: "figures", met: content.figures.some((f) => filled(f.figure) && filled(f.source)) },
    { key: "voice", missingText: "a community voice", section: "voices", met: content.voices.some((v) => filled(v.quote) && filled(v.role) && v.consent === true) },
    { key: "action", missingText: "a committed action", section: "actions", met: content.actions.some((a) => filled(a.text)) },
    { key: "outcome", missingText: "a desired outcome", section: "outcomes", met: content.outcomes.some((o) => filled(o.text)) },
    { key: "ask", missingText: "an ask of commissioners", section: "asks", met: content.asks.some((a) => filled(a.text)) },
  ];
  const missing = items.filter((i) => !i.met).map((i) => i.missingText);
  return { complete: missing.length === 0, missing, items };
}

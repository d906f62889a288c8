import { z } from "zod";
import { wholeNumber } from "@/lib/forms/inputs";
import { normaliseLine, normalisePlainText } from "@/lib/richtext/normalise";
import { rowMessage, str, strings, unflattenRows, UUID } from "@/lib/forms/rows";
import { nextColumn, theoryContentSchema, type ColumnKey, type TheoryContent } from "@/lib/theory-of-change/content";

/**
 * The theory of change editor posts flat fields (lib/forms/rows.ts):
 *   focus, waysOfWorking.0.id, waysOfWorking.0.text, waysOfWorking.0.leadsTo (one per ticked box),
 *   outcomes.1.indicatorCodes ("IMD, KS2-RWM"), assumptions.0.text, changeNote, baseVersion…
 * Node ids come from the browser, so that a new activity can be linked to before it is saved;
 * the server keeps a posted id only when it is a well-formed UUID not used twice, and keeps a
 * link only when it points at a node of the next column of the same document.
 */
export const THEORY_ROW_SECTIONS = ["waysOfWorking", "activities", "outcomes", "impacts", "assumptions", "foundations"] as const;

const ROW_NAMES: Record<(typeof THEORY_ROW_SECTIONS)[number], string> = {
  waysOfWorking: "Way of working",
  activities: "Activity",
  outcomes: "Outcome",
  impacts: "Impact",
  assumptions: "Assumption",
  foundations: "Foundation",
};

const MAX_ROWS: Record<(typeof THEORY_ROW_SECTIONS)[number], number> = { waysOfWorking: 30, activities: 40, outcomes: 30, impacts: 20, assumptions: 20, foundations: 20 };

const ENTRY_MAX = 600;

type RawRow = Record<string, unknown>;
type ParsedRow = { id: string; text: string; leadsTo: string[]; indicatorCodes: string[] };

function indicatorCodes(raw: unknown): string[] {
  return [...new Set(str(raw).split(/[,;\n]/).map((c) => c.trim().toUpperCase()).filter(Boolean))];
}

/** One list of rows: blank rows dropped, text checked, ids kept or issued. */
function parseRows(section: (typeof THEORY_ROW_SECTIONS)[number], list: RawRow[], seen: Set<string>, ctx: z.RefinementCtx): ParsedRow[] {
  const out: ParsedRow[] = [];
  const name = ROW_NAMES[section];
  list.forEach((raw, index) => {
    const text = normalisePlainText(str(raw.text));
    const codes = indicatorCodes(raw.indicatorCodes);
    if (text === "" && codes.length === 0) return;
    const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", message: rowMessage(name, index, message), path: [section, index, field] });
    if (text === "") return issue("text", "Write the entry or remove it");
    if (text.length > ENTRY_MAX) return issue("text", `Keep each entry under ${ENTRY_MAX} characters`);
    if (codes.length > 20) return issue("indicatorCodes", "Name 20 indicators at most");
    if (codes.some((c) => c.length > 60)) return issue("indicatorCodes", "An indicator code is at most 60 characters");
    const posted = str(raw.id);
    const id = UUID.test(posted) && !seen.has(posted.toLowerCase()) ? posted.toLowerCase() : crypto.randomUUID();
    seen.add(id);
    out.push({ id, text, leadsTo: strings(raw.leadsTo).map((l) => l.toLowerCase()), indicatorCodes: codes });
  });
  if (out.length > MAX_ROWS[section]) ctx.addIssue({ code: "custom", message: `Keep to ${MAX_ROWS[section]} entries at most`, path: [section] });
  return out;
}

const rowList = z.array(z.record(z.string(), z.unknown())).default([]);
const line = (max: number, message: string) => z.string().default("").transform(normaliseLine).pipe(z.string().max(max, message));
const prose = (max: number, message: string) => z.string().default("").transform(normalisePlainText).pipe(z.string().max(max, message));

export const theoryFormInput = z.preprocess(
  unflattenRows(THEORY_ROW_SECTIONS),
  z
    .object({
      /** The latest version number the writer started from (0 before the first save). */
      baseVersion: wholeNumber("This form is out of date. Reload the page and try again.").pipe(z.number().min(0, "This form is out of date. Reload the page and try again.")),
      changeNote: prose(1000, "Keep the note under 1,000 characters"),
      focus: line(300, "Keep the focus under 300 characters"),
      vision: prose(2000, "Keep the vision under 2,000 characters"),
      mission: prose(2000, "Keep the mission under 2,000 characters"),
      waysOfWorking: rowList,
      activities: rowList,
      outcomes: rowList,
      impacts: rowList,
      assumptions: rowList,
      foundations: rowList,
    })
    .transform((input, ctx) => {
      const seen = new Set<string>();
      const parsed = Object.fromEntries(THEORY_ROW_SECTIONS.map((s) => [s, parseRows(s, input[s], seen, ctx)])) as Record<(typeof THEORY_ROW_SECTIONS)[number], ParsedRow[]>;
      const link = (key: ColumnKey) => {
        const next = nextColumn(key);
        const ids = new Set(next ? parsed[next].map((n) => n.id) : []);
        // A link to a removed or blank entry, or to anything outside the next column, is dropped.
        return parsed[key].map(({ id, text, leadsTo }) => ({ id, text, leadsTo: [...new Set(leadsTo.filter((l) => ids.has(l)))] }));
      };
      const content: TheoryContent = theoryContentSchema.parse({
        focus: input.focus,
        waysOfWorking: link("waysOfWorking"),
        activities: link("activities"),
        outcomes: link("outcomes").map((o, i) => ({ ...o, indicatorCodes: parsed.outcomes[i]!.indicatorCodes })),
        impacts: parsed.impacts.map(({ id, text }) => ({ id, text, leadsTo: [] })),
        assumptions: parsed.assumptions.map(({ id, text }) => ({ id, text })),
        foundations: parsed.foundations.map(({ id, text }) => ({ id, text })),
        vision: input.vision,
        mission: input.mission,
      });
      return { baseVersion: input.baseVersion, changeNote: input.changeNote, content };
    }),
);

export type TheoryFormInput = z.output<typeof theoryFormInput>;

/** For messages: "Activity", "Outcome"… */
export const columnRowName = (key: ColumnKey) => ROW_NAMES[key];


import { z } from "zod";

/**
 * A Statement of Intent, section by section, as in the Holme Wood model
 * (seeds/holme-wood-statement-of-intent.txt). Stored as JSON on the working copy
 * and frozen into each published version. Every list entry carries a stable `id`
 * so that ask responses and action-plan items can point at it across versions.
 * Prose fields hold the product's small rich-text format (lib/richtext): never HTML.
 */
const id = z.string().uuid();
const line = (max: number, what: string) => z.string().trim().min(1, `Write the ${what}`).max(max, `Keep the ${what} under ${max} characters`);
const prose = (max: number) => z.string().max(max, `Keep this under ${max} characters`);

export const voiceSchema = z.object({
  id,
  quote: line(1000, "quote"),
  /** A role such as "Youth Worker", never a personal name. */
  role: line(80, "role"),
  consent: z.literal(true, { error: "Record that the speaker agreed to be quoted" }),
});

export const figureSchema = z.object({
  id,
  figure: line(600, "figure"),
  source: line(300, "source"),
  period: z.string().trim().max(60).default(""),
  /** An indicator series code, linked once indicators exist. */
  indicatorCode: z.string().trim().max(60).default(""),
});

export const entrySchema = z.object({ id, text: line(600, "text") });

export const partnerSchema = z.object({ organisationId: id, name: z.string().max(200) });

export const statementContentSchema = z.object({
  /** The heading of the introduction, "Acting Locally to identify needs…" in the model. */
  title: z.string().trim().max(200).default(""),
  introduction: prose(8000).default(""),
  priority: z.string().trim().max(300).default(""),
  whyItMatters: z.array(entrySchema).max(30).default([]),
  voices: z.array(voiceSchema).max(20).default([]),
  mandate: prose(8000).default(""),
  figures: z.array(figureSchema).max(30).default([]),
  /** What the convening partnership has committed to do. */
  actions: z.array(entrySchema).max(40).default([]),
  /** The desired outcomes: what will be different for children and young people. */
  outcomes: z.array(entrySchema).max(20).default([]),
  /** Asks of commissioners and partners, "We'd like…". Responses are tracked beside the document. */
  asks: z.array(entrySchema).max(40).default([]),
  /** Who the academic partners are, e.g. "academics from the Centre for Applied Education Research". */
  academicPartners: z.string().trim().max(600).default(""),
  academicQuestions: z.array(entrySchema).max(20).default([]),
  partners: z.array(partnerSchema).max(60).default([]),
});

export type StatementContent = z.output<typeof statementContentSchema>;
export type StatementEntry = z.output<typeof entrySchema>;
export type StatementVoice = z.output<typeof voiceSchema>;
export type StatementFigure = z.output<typeof figureSchema>;

export type StatementPartner = z.output<typeof partnerSchema>;

/** The model's heading for the introduction; a new statement starts with it. */
export const INTRODUCTION_HEADING = "Acting Locally to identify needs and vulnerabilities and work together to provide solutions";

/** "Supporting children…" → "supporting children…", but "GP registration" stays as it is. */
function inSentence(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}

/** A title written into rich text keeps its own stars and brackets as text. */
function escapeMarkup(text: string): string {
  return text.replace(/([\\*_[\]()])/g, "\\$1");
}

/**
 * A new statement for a focus priority: the model's introduction heading, the programme's
 * opening paragraph and the sentence naming the priority, ready to be rewritten.
 */
export function emptyStatement(priority: string, areaName: string): StatementContent {
  const introduction = [
    "Schools and early years settings are at the heart of communities. We can enable them to act as a hub of co-ordinated, multi-service delivery. This will help grow local cross-sector community partnerships to improve outcomes for children and young people.",
    priority ? `In ${areaName} the Act Locally group have prioritised **${escapeMarkup(inSentence(priority))}**.` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  return statementContentSchema.parse({ title: INTRODUCTION_HEADING, introduction, priority });
}

/** Reads stored JSON; a document written by an older shape gets today's defaults. */
export function readStatementContent(value: unknown): StatementContent {
  return statementContentSchema.parse(value);
}

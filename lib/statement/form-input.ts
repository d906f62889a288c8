import { z } from "zod";
import { wholeNumber } from "@/lib/forms/inputs";
import { normaliseLine, normalisePlainText, normaliseRichText } from "@/lib/richtext/normalise";
import { figureSchema, partnerSchema, statementContentSchema, voiceSchema, entrySchema, type StatementContent } from "@/lib/statement/content";
import { rowMessage, str, unflattenRows as unflattenRowsOf, UUID } from "@/lib/forms/rows";

/**
 * The editor posts the whole document as flat fields (lib/forms/rows.ts):
 *   introduction, voices.0.quote, voices.0.role, voices.0.consent, partners.2.organisationId…
 */
export const ROW_SECTIONS = ["whyItMatters", "voices", "figures", "actions", "outcomes", "asks", "academicQuestions", "partners"] as const;
export type RowSection = (typeof ROW_SECTIONS)[number];

export const unflattenRows = unflattenRowsOf(ROW_SECTIONS);

/**
 * One section's rows: blank rows (nothing typed) are dropped, the others validated with
 * the content's own row schema and given an id when new. Messages keep the row's index
 * as posted, which is the index in the field names, and name the row ("Data figure 2:
 * write the source"), as the error summary lists them all together.
 */
function rows<T extends { id?: string }>(
  schema: z.ZodType<T>,
  row: string,
  textFields: string[],
  max: number,
  what: string,
  prepare: (raw: Record<string, unknown>) => Record<string, unknown>,
) {
  return z
    .array(z.record(z.string(), z.unknown()))
    .default([])
    .transform((list, ctx) => {
      const out: T[] = [];
      const seen = new Set<string>();
      list.forEach((raw, index) => {
        if (textFields.every((f) => str(raw[f]).trim() === "")) return;
        const parsed = schema.safeParse(prepare(raw));
        if (!parsed.success) {
          for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: rowMessage(row, index, issue.message), path: [index, ...issue.path] });
          return;
        }
        // A new row has no id yet; a copied or forged one gets a fresh id rather than clashing.
        const id = parsed.data.id && UUID.test(parsed.data.id) && !seen.has(parsed.data.id) ? parsed.data.id : crypto.randomUUID();
        seen.add(id);
        out.push({ ...parsed.data, id });
      });
      if (out.length > max) ctx.addIssue({ code: "custom", message: `Keep to ${max} ${what} at most`, path: [] });
      return out;
    });
}

const newId = z.string().optional();
const entryRow = entrySchema.extend({ id: newId });
const entryRows = (row: string, max: number, what: string) => rows(entryRow, row, ["text"], max, what, (r) => ({ id: str(r.id), text: normalisePlainText(str(r.text)) }));

const checkbox = (v: unknown) => v === "on" || v === "true" || v === true;

const voiceRows = rows(voiceSchema.extend({ id: newId }), "Community voice", ["quote", "role"], 20, "community voices", (r) => ({
  id: str(r.id),
  quote: normalisePlainText(str(r.quote)),
  role: normaliseLine(str(r.role)),
  consent: checkbox(r.consent),
}));

const figureRows = rows(figureSchema.extend({ id: newId }), "Data figure", ["figure", "source", "period", "indicatorCode"], 30, "figures", (r) => ({
  id: str(r.id),
  figure: normalisePlainText(str(r.figure)),
  source: normaliseLine(str(r.source)),
  period: normaliseLine(str(r.period)),
  indicatorCode: normaliseLine(str(r.indicatorCode)),
}));

/** The name is taken from the organisation itself when saved (lib/statement/services/save.ts). */
const partnerRows = z
  .array(z.record(z.string(), z.unknown()))
  .default([])
  .transform((list, ctx) => {
    const out: z.output<typeof partnerSchema>[] = [];
    const seen = new Set<string>();
    list.forEach((raw, index) => {
      const organisationId = str(raw.organisationId).trim();
      if (!organisationId) return;
      if (!UUID.test(organisationId)) {
        ctx.addIssue({ code: "custom", message: rowMessage("Partner", index, "Choose an organisation from the list"), path: [index, "organisationId"] });
      } else if (seen.has(organisationId)) {
        ctx.addIssue({ code: "custom", message: rowMessage("Partner", index, "This organisation is already listed"), path: [index, "organisationId"] });
      } else {
        seen.add(organisationId);
        out.push({ organisationId, name: "" });
      }
    });
    if (out.length > 60) ctx.addIssue({ code: "custom", message: "Keep to 60 partners at most", path: [] });
    return out;
  });

const prose = (max: number) =>
  z
    .string()
    .default("")
    .transform(normaliseRichText)
    .pipe(z.string().max(max, `Keep this under ${max.toLocaleString("en-GB")} characters`));
const oneLine = (max: number, message: string) =>
  z
    .string()
    .default("")
    .transform(normaliseLine)
    .pipe(z.string().max(max, message));

export const statementFormInput = z.preprocess(
  unflattenRows,
  z
    .object({
      statementId: z.string().uuid(),
      revision: wholeNumber("This form is out of date. Reload the page and try again.").pipe(z.number().min(1, "This form is out of date. Reload the page and try again.")),
      title: oneLine(200, "Keep the heading under 200 characters"),
      introduction: prose(8000),
      priority: oneLine(300, "Keep the priority under 300 characters"),
      whyItMatters: entryRows("Reason", 30, "reasons"),
      voices: voiceRows,
      mandate: prose(8000),
      figures: figureRows,
      actions: entryRows("Action", 40, "actions"),
      outcomes: entryRows("Outcome", 20, "outcomes"),
      asks: entryRows("Ask", 40, "asks"),
      academicPartners: z.string().default("").transform(normalisePlainText).pipe(z.string().max(600, "Keep this under 600 characters")),
      academicQuestions: entryRows("Question", 20, "questions"),
      partners: partnerRows,
    })
    .transform(({ statementId, revision, ...content }) => ({ statementId, revision, content: statementContentSchema.parse(content) as StatementContent })),
);

export type StatementFormInput = z.output<typeof statementFormInput>;

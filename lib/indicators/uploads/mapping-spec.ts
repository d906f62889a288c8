import { z } from "zod";
import { TEMPLATE_FIELDS, type TemplateField } from "@/lib/indicators/uploads/formats/template";
import { indexHeader } from "@/lib/indicators/uploads/header";
import { missingFields } from "@/lib/indicators/uploads/formats/recognise";
import type { ColumnMappingSpec } from "@/lib/indicators/uploads/types";

/**
 * A column mapping as it crosses a boundary (a form, the API, the database): each template
 * field from a column of the file or a fixed value, the required ones filled.
 */
const source = z.union([z.object({ column: z.string().trim().min(1).max(300) }), z.object({ fixed: z.string().trim().max(300) })]);

export const mappingSpecSchema = z
  .record(z.string(), source)
  .transform((spec, ctx) => {
    const out: ColumnMappingSpec = {};
    for (const [field, value] of Object.entries(spec)) {
      if (!(TEMPLATE_FIELDS as readonly string[]).includes(field)) {
        ctx.addIssue({ code: "custom", message: `"${field}" is not a field of the template` });
        continue;
      }
      if ("fixed" in value && value.fixed === "") continue;
      out[field as TemplateField] = value;
    }
    const missing = missingFields(out);
    if (missing.length) ctx.addIssue({ code: "custom", message: `Give a column or a fixed value for ${missing.join(", ")}` });
    return out;
  });

/** Problems with using `spec` on a file with this header: columns it names that the file does not have. */
export function mappingProblems(spec: ColumnMappingSpec, header: readonly string[]): string[] {
  const index = indexHeader(header);
  const problems: string[] = [];
  for (const [field, value] of Object.entries(spec)) {
    if (value && "column" in value && !index.has(value.column)) problems.push(`The mapping reads ${field} from a column "${value.column}", which this file does not have`);
  }
  return problems;
}

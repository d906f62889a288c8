import { formatDate } from "@/components/ui/format";
import type { SourceFile } from "@/lib/indicators/services/read";

/**
 * A chart's source: the indicator's publisher and the last files its figures came from
 * ("OHID Fingertips; file la_hospital_admissions_2324.csv committed 1 Dec 2026").
 * Its own module so that the board dashboard, which needs only this, does not pull the area
 * dashboard's trend chart (a Recharts client component) into its page's JavaScript.
 */
export function sourceLine(source: string, files: SourceFile[]): string {
  if (files.length === 0) return source;
  const shown = files.slice(-3).map((f) => `${f.fileName}${f.committedAt ? ` committed ${formatDate(f.committedAt)}` : ""}`);
  return `${source}; ${files.length === 1 ? "file" : "files"} ${shown.join(", ")}${files.length > 3 ? ` and ${files.length - 3} more` : ""}`;
}

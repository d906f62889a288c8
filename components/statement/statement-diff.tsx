import type { DiffEntry, DiffRow, SectionDiff } from "@/lib/statement/diff";
import { richTextToPlain } from "@/lib/richtext/parse";

const FIELD_LABELS: Record<string, string> = { quote: "Quote", role: "Role", figure: "Figure", source: "Source", period: "Period", indicatorCode: "Indicator", name: "Organisation", text: "" };
const STATUS_LABELS: Record<DiffRow["status"], string> = { unchanged: "Unchanged", changed: "Changed", added: "Added", removed: "Removed" };
function statusLabel(row: DiffRow): string {
  if (!row.moved) return STATUS_LABELS[row.status];
  return row.status === "unchanged" ? "Moved" : `${STATUS_LABELS[row.status]}, moved`;
}

const PROSE = new Set(["introduction", "mandate"]);

/** Prose is compared as read; a change of bold, italic or links alone would otherwise look like no change. */
function formattingOnly(row: DiffRow, section: string): boolean {
  if (!PROSE.has(section) || row.status !== "changed" || !row.before || !row.after) return false;
  return richTextToPlain(row.before.fields.text ?? "") === richTextToPlain(row.after.fields.text ?? "");
}

function Entry({ entry, changed, section, note }: { entry: DiffEntry | null; changed: string[]; section: string; note?: string }) {
  if (!entry) return <span className="muted">(not in this text)</span>;
  return (
    <>
      {note ? <p className="soi-diff-note">{note}</p> : null}
      {Object.entries(entry.fields)
        .filter(([, value]) => value.trim() !== "")
        .map(([field, value]) => {
          const label = FIELD_LABELS[field] ?? field;
          const text = PROSE.has(section) ? richTextToPlain(value) : value;
          return (
            <p key={field} className={changed.includes(field) ? "soi-diff-field soi-diff-field-changed" : "soi-diff-field"}>
              {label ? <span className="soi-diff-label">{label}: </span> : null}
              <span className="soi-diff-text">{text}</span>
              {changed.includes(field) ? <span className="visually-hidden"> (changed)</span> : null}
            </p>
          );
        })}
    </>
  );
}

/**
 * Two texts side by side, section by section. Each changed entry is marked in words
 * (Added, Removed, Changed, Moved) as well as by colour, and a changed field is outlined.
 */
export function StatementDiff({ sections, beforeLabel, afterLabel }: { sections: SectionDiff[]; beforeLabel: string; afterLabel: string }) {
  const changed = sections.filter((s) => s.changed);
  return (
    <div className="soi-diff">
      <p className="soi-diff-summary">
        {changed.length === 0
          ? `No differences between ${beforeLabel} and ${afterLabel}.`
          : `${changed.length} of ${sections.length} sections differ: ${changed.map((s) => s.label).join(", ")}.`}
      </p>
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`diff-${section.key}`} className={section.changed ? "soi-diff-section soi-diff-section-changed" : "soi-diff-section"}>
          <h3 id={`diff-${section.key}`} className="soi-diff-title">
            {section.label} <span className={section.changed ? "badge badge-not-met" : "badge badge-unavailable"}>{section.changed ? "Changed" : "No changes"}</span>
          </h3>
          {section.changed ? (
            <div className="data-table-wrap" role="region" aria-label={`${section.label}: ${beforeLabel} and ${afterLabel}`} tabIndex={0}>
              <table className="data-table soi-diff-table">
                <thead>
                  <tr>
                    <th scope="col">Change</th>
                    <th scope="col">{beforeLabel}</th>
                    <th scope="col">{afterLabel}</th>
                  </tr>
                </thead>
                <tbody>
                  {section.rows.map((row, i) => (
                    <tr key={`${row.before?.id ?? row.after?.id}-${i}`} className={`soi-diff-row soi-diff-${row.status}${row.moved ? " soi-diff-moved" : ""}`}>
                      <td className="soi-diff-status">{statusLabel(row)}</td>
                      <td className="soi-diff-before">
                        <Entry entry={row.before} changed={row.changedFields} section={section.key} />
                      </td>
                      <td className="soi-diff-after">
                        <Entry entry={row.after} changed={row.changedFields} section={section.key} note={formattingOnly(row, section.key) ? "Only the formatting (bold, italic, lists or links) changed." : undefined} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ))}
    </div>
  );
}

import type { Prisma } from "@/lib/generated/prisma/client";

type Json = Prisma.JsonValue;

const HIDDEN = new Set(["partnershipId", "createdAt", "updatedAt"]);

function fields(value: Json): Record<string, Json> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : {};
}

function show(v: Json | undefined): string {
  if (v === undefined || v === null) return "—";
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** The fields that changed, as "field: before → after"; a created or deleted record lists its fields. */
export function AuditChange({ before, after }: { before: Json; after: Json }) {
  const b = fields(before);
  const a = fields(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN.has(k) && show(b[k]) !== show(a[k]));
  if (keys.length === 0) return <span className="muted">—</span>;
  return (
    <details>
      <summary>
        {keys.length} field{keys.length === 1 ? "" : "s"}
      </summary>
      <ul className="change-list">
        {keys.map((k) => (
          <li key={k}>
            <span className="change-field">{k}</span>: {before !== null && before !== undefined ? <del>{show(b[k])}</del> : null}
            {before !== null && after !== null && before !== undefined && after !== undefined ? " → " : null}
            {after !== null && after !== undefined ? <ins>{show(a[k])}</ins> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

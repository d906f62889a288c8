import Link from "next/link";
import type { ReactNode } from "react";
import type { EvaluatedItem, ItemStatus } from "@/lib/blueprint/gate";

const STATUS: Record<ItemStatus, { label: string; className: string }> = {
  met: { label: "Met", className: "badge badge-met" },
  not_met: { label: "Not met", className: "badge badge-not-met" },
  waived: { label: "Waived", className: "badge badge-waived" },
  unavailable: { label: "Not yet available", className: "badge badge-unavailable" },
};

/**
 * One part of a phase's records: an anchor the checklist links to (`#id`), a heading,
 * the guide's one-line guidance for each checklist item the records serve, and where
 * each item stands now (worked out from the same records as the gate).
 */
export function RecordSection({ id, title, items, children }: { id: string; title: string; items: EvaluatedItem[]; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="record-section">
      <h2 id={`${id}-heading`} className="section-title">
        {title}
      </h2>
      {items.length > 0 ? (
        <ul className="record-guidance">
          {items.map((item) => (
            <li key={item.key}>
              <p>
                <span className={STATUS[item.status].className}>{STATUS[item.status].label}</span> <strong>{item.title}.</strong> {item.guidance}
              </p>
              <p className="muted">
                {item.required ? "Required for the gate" : "Optional"} · {item.detail}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </section>
  );
}

/**
 * The items a co-ordinator confirms by hand rather than from records: their state here,
 * and a link to the overview's checklist where they are marked (with a note and evidence).
 */
export function AttestedItems({ items, overviewHref }: { items: EvaluatedItem[]; overviewHref: string }) {
  return (
    <ul className="record-guidance">
      {items.map((item) => (
        <li key={item.key}>
          <p>
            <span className={STATUS[item.status].className}>{STATUS[item.status].label}</span> <strong>{item.title}.</strong> {item.guidance}
          </p>
          <p>
            <Link href={`${overviewHref}#item-${item.key}`}>
              {item.status === "met" ? "See the confirmation" : "Confirm it on the checklist"}
              <span className="visually-hidden">: {item.title}</span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The checklist items whose work is done at `href` (relative to the area, e.g. "access-connect#roles"). */
export function itemsAt(items: EvaluatedItem[], href: string): EvaluatedItem[] {
  return items.filter((item) => item.href === href);
}

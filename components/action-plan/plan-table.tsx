import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { DueDate, RagTag, StatusTag } from "@/components/action-plan/tags";
import { SOURCE_LABELS } from "@/lib/action-plan/labels";
import type { ActionPlanRow } from "@/lib/action-plan/queries";

/** The plan's items in the order given (overdue first, then by due date: see lib/action-plan/rules.ts). */
export function PlanTable({ items, caption, itemBase, outcomeText, today }: { items: ActionPlanRow[]; caption: string; itemBase: string; outcomeText: Map<string, string>; today: string }) {
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: "item", header: "Action item" },
        { key: "owner", header: "Owner" },
        { key: "due", header: "Due date" },
        { key: "status", header: "Status" },
        { key: "rag", header: "RAG" },
        { key: "outcome", header: "Outcome" },
      ]}
      rows={items.map((item) => ({
        key: item.id,
        cells: {
          item: (
            <>
              <Link href={`${itemBase}/${item.id}`}>{item.title}</Link>
              <span className="muted record-block">From: {SOURCE_LABELS[item.source]}</span>
            </>
          ),
          owner: item.owner?.name ?? <span className="muted">No owner yet</span>,
          due: <DueDate item={item} today={today} />,
          status: <StatusTag status={item.status} />,
          rag: <RagTag rag={item.rag} />,
          outcome: item.outcomeId ? (outcomeText.get(item.outcomeId) ?? <span className="muted">No longer in the theory of change</span>) : <span className="muted">Not linked</span>,
        },
      }))}
    />
  );
}

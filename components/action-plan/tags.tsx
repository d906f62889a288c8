import type { ActionItemStatus, Rag } from "@/lib/generated/prisma/enums";
import { RAG_LABELS, RAG_MEANINGS, STATUS_LABELS } from "@/lib/action-plan/labels";
import { daysOverdue, isOverdue } from "@/lib/action-plan/rules";
import { formatDate } from "@/components/ui/format";

/** A RAG rating as a labelled tag: the word is always there, the colour only repeats it. */
export function RagTag({ rag }: { rag: Rag }) {
  return (
    <span className={`ap-tag ap-rag ap-rag-${rag}`} title={RAG_MEANINGS[rag]}>
      <span className="visually-hidden">RAG rating: </span>
      {RAG_LABELS[rag]}
    </span>
  );
}

export function StatusTag({ status }: { status: ActionItemStatus }) {
  return <span className={`ap-tag ap-status ap-status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/** The due date; an overdue item says so in words ("Overdue", and by how long), not by colour alone. */
export function DueDate({ item, today }: { item: { status: ActionItemStatus; dueOn: Date | null }; today: string }) {
  if (!item.dueOn) return <span className="muted">No due date</span>;
  if (!isOverdue(item, today)) return <>{formatDate(item.dueOn)}</>;
  const days = daysOverdue(item, today);
  return (
    <span className="ap-due-overdue">
      <span className="ap-tag ap-overdue">Overdue</span> {formatDate(item.dueOn)}, {days} day{days === 1 ? "" : "s"} ago
    </span>
  );
}

import type { ActionItemStatus, Rag } from "@/lib/generated/prisma/enums";

/**
 * An entry of an item's update log stores only the status and RAG it set (null when
 * unchanged). To show "In progress → Done", the log is replayed from its first entry,
 * which records the item's starting status and RAG.
 */
export type LogEntry = { id: string; createdAt: Date; status: ActionItemStatus | null; rag: Rag | null };

export type Change<T> = { from: T | null; to: T };
export type DescribedEntry<E extends LogEntry> = E & { statusChange: Change<ActionItemStatus> | null; ragChange: Change<Rag> | null };

/** The entries newest first, each with what it changed. */
export function describeUpdateLog<E extends LogEntry>(entries: readonly E[]): DescribedEntry<E>[] {
  const oldestFirst = [...entries].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  let status: ActionItemStatus | null = null;
  let rag: Rag | null = null;
  const described = oldestFirst.map((entry) => {
    const statusChange = entry.status !== null && entry.status !== status ? { from: status, to: entry.status } : null;
    const ragChange = entry.rag !== null && entry.rag !== rag ? { from: rag, to: entry.rag } : null;
    status = entry.status ?? status;
    rag = entry.rag ?? rag;
    return { ...entry, statusChange, ragChange };
  });
  return described.reverse();
}

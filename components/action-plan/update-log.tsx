import { RAG_LABELS, STATUS_LABELS } from "@/lib/action-plan/labels";
import { describeUpdateLog } from "@/lib/action-plan/log";
import type { ActionPlanItemDetail } from "@/lib/action-plan/queries";
import { formatDateTime } from "@/components/ui/format";
import { EmptyState } from "@/components/ui/empty-state";

type Change = { from: string | null; to: string } | null;

function changeText(what: string, change: Change, labels: Record<string, string>): string | null {
  if (!change) return null;
  return change.from ? `${what}: ${labels[change.from]} → ${labels[change.to]}` : `${what}: ${labels[change.to]}`;
}

/** The item's dated update log, newest first: when, who, what they wrote, and any change of status or RAG. */
export function UpdateLog({ updates }: { updates: ActionPlanItemDetail["updates"] }) {
  if (updates.length === 0) return <EmptyState title="No updates yet" text="Updates on progress appear here, newest first." />;
  return (
    <ol className="ap-log">
      {describeUpdateLog(updates).map((u) => {
        const changes = [changeText("Status", u.statusChange, STATUS_LABELS), changeText("RAG", u.ragChange, RAG_LABELS)].filter((c): c is string => c !== null);
        return (
          <li key={u.id}>
            <p className="ap-log-meta">
              <time dateTime={u.createdAt.toISOString()}>{formatDateTime(u.createdAt)}</time> · {u.authorName}
            </p>
            <p className="record-prewrap">{u.text}</p>
            {changes.length > 0 ? (
              <ul className="ap-log-changes">
                {changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

import { recordAskResponseAction } from "@/lib/statement/actions";
import { ASK_STATUS_LABELS, ASK_STATUSES } from "@/lib/statement/labels";
import type { AskResponseView } from "@/lib/statement/services/queries";
import type { StatementEntry } from "@/lib/statement/content";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";
import { isoDate } from "@/lib/blueprint/today";

const STATUS_BADGE = { asked: "badge badge-unavailable", in_discussion: "badge badge-waived", agreed: "badge badge-met", declined: "badge badge-not-met" } as const;

export type AskRow = StatementEntry & { onlyIn?: number };

/**
 * Each ask of commissioners with how it was answered. A response is recorded beside the
 * statement (StatementAskResponse), so it never edits a published version.
 */
export function AskResponses({
  asks,
  responses,
  statementId,
  partnership,
  area,
  canWrite,
}: {
  asks: AskRow[];
  responses: AskResponseView[];
  statementId: string;
  partnership: string;
  area: string;
  canWrite: boolean;
}) {
  if (asks.length === 0) return <EmptyState title="No asks yet" text="Write the statement's asks of commissioners and partners (“We'd like…”), then record how each is answered here." />;
  const byAsk = new Map(responses.map((r) => [r.askId, r]));
  const statusOptions = ASK_STATUSES.map((value) => ({ value, label: ASK_STATUS_LABELS[value] }));
  return (
    <ol className="soi-asks">
      {asks.map((ask, index) => {
        const response = byAsk.get(ask.id);
        const status = response?.status ?? "asked";
        return (
          <li key={ask.id} className="soi-ask">
            <p className="soi-ask-text">
              <span className="visually-hidden">Ask {index + 1}: </span>
              {ask.text}
              {ask.onlyIn ? <span className="muted"> (in published version {ask.onlyIn}, no longer in the draft)</span> : null}
            </p>
            <p>
              <span className={STATUS_BADGE[status]}>{ASK_STATUS_LABELS[status]}</span>
              {response?.respondedOn ? <span className="muted"> · {formatDate(response.respondedOn)}</span> : null}
            </p>
            {response?.note ? <p className="record-prewrap">{response.note}</p> : null}
            {canWrite ? (
              <details className="soi-ask-form">
                <summary>
                  Record a response<span className="visually-hidden"> to ask {index + 1}</span>
                </summary>
                <ActionForm action={recordAskResponseAction} partnership={partnership} area={area} submitLabel={`Save response to ask ${index + 1}`}>
                  <input type="hidden" name="statementId" value={statementId} />
                  <input type="hidden" name="askId" value={ask.id} />
                  <div className="soi-row-grid">
                    <SelectField name="status" label="Response" options={statusOptions} defaultValue={status} />
                    <TextField name="respondedOn" type="date" label="Date of the response (optional)" defaultValue={response?.respondedOn ? isoDate(response.respondedOn) : ""} />
                  </div>
                  <TextAreaField name="note" label="Note (optional)" hint="Who answered and what they offered." defaultValue={response?.note ?? ""} rows={2} />
                </ActionForm>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

import Link from "next/link";
import { agreeStatementAction, publishStatementAction } from "@/lib/statement/actions";
import { statementCompleteness } from "@/lib/statement/completeness";
import { STATE_LABELS } from "@/lib/statement/labels";
import type { StatementRecord } from "@/lib/statement/services/queries";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/fields";
import { formatDate } from "@/components/ui/format";
import { isoDate } from "@/lib/blueprint/today";

const STATE_BADGE = { draft: "badge badge-unavailable", agreed: "badge badge-waived", published: "badge badge-met" } as const;

type Props = {
  statement: StatementRecord;
  base: string;
  partnership: string;
  area: string;
  canWrite: boolean;
  meetings: { id: string; title: string; date: Date }[];
  today: string;
};

/**
 * Where the statement stands: its state, what the checklist still lacks (the same rule
 * as the phase 3 gate), and the next step of draft → agreed → published.
 */
export function StatementStatus({ statement, base, partnership, area, canWrite, meetings, today }: Props) {
  const { items, missing } = statementCompleteness(statement.content);
  const latest = statement.versions[0];
  const hidden = { partnership, area };
  const meetingOptions = [{ value: "", label: "Not at a recorded meeting" }, ...meetings.map((m) => ({ value: m.id, label: `${m.title} (${formatDate(m.date)})` }))];
  return (
    <>
      <dl className="soi-facts">
        <div>
          <dt>State</dt>
          <dd>
            <span className={STATE_BADGE[statement.state]}>{STATE_LABELS[statement.state]}</span>
            {statement.state === "draft" && latest ? <span className="muted"> · changed since version {latest.number} was published</span> : null}
          </dd>
        </div>
        <div>
          <dt>Agreed</dt>
          <dd>
            {statement.agreedOn
              ? `${formatDate(statement.agreedOn)}${statement.agreedAtMeeting ? ` at ${statement.agreedAtMeeting.title}` : ""}`
              : "Not yet: the current text has not been agreed"}
          </dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>
            {latest ? (
              <>
                Version {latest.number}, {formatDate(latest.publishedAt)} · <Link href={`${base}/statement/print?version=${latest.number}`}>Print version {latest.number}</Link>
                {statement.versions.length > 1 ? (
                  <>
                    {" "}
                    · <Link href={`${base}/statement/versions`}>All {statement.versions.length} versions</Link>
                  </>
                ) : null}
              </>
            ) : (
              "No version published yet"
            )}
          </dd>
        </div>
        <div>
          <dt>Last saved</dt>
          <dd>
            {formatDate(statement.updatedAt)} (revision {statement.revision})
          </dd>
        </div>
      </dl>

      <h3 className="subsection-title">Checklist</h3>
      <p className="muted">Deliver &amp; Act needs a Statement of Intent with all five, agreed by the convening partnership.</p>
      <ul className="soi-checklist">
        {items.map((item) => (
          <li key={item.key}>
            <span className={item.met ? "badge badge-met" : "badge badge-not-met"}>{item.met ? "Done" : "Missing"}</span>{" "}
            {canWrite ? <a href={`#edit-${item.section}`}>{capitalise(item.missingText)}</a> : capitalise(item.missingText)}
          </li>
        ))}
      </ul>

      {canWrite && statement.state !== "published" ? (
        <Card className="soi-lifecycle">
          <h3 className="card-title">{statement.state === "agreed" ? "Change the agreement" : "Record the agreement"}</h3>
          <p>
            When the convening partnership has agreed the statement, record the date and the meeting. This agrees the last saved text (revision {statement.revision}): save your
            changes first. Any later change makes it a draft again.
          </p>
          {missing.length ? (
            <p className="soi-missing">
              You can agree it now, but the checklist still lacks {missing.join(", ")}: the phase gate needs them before the area moves on.
            </p>
          ) : null}
          <ActionForm action={agreeStatementAction} {...hidden} submitLabel={statement.state === "agreed" ? "Update the agreement" : "Mark as agreed"}>
            <input type="hidden" name="statementId" value={statement.id} />
            <input type="hidden" name="revision" value={statement.revision} />
            <TextField name="agreedOn" type="date" label="Date agreed" defaultValue={statement.agreedOn ? isoDate(statement.agreedOn) : today} />
            <SelectField name="meetingId" label="Meeting where it was agreed" options={meetingOptions} defaultValue={statement.agreedAtMeeting?.id ?? ""} />
          </ActionForm>
        </Card>
      ) : null}

      {canWrite && statement.state === "agreed" ? (
        <Card className="soi-lifecycle">
          <h3 className="card-title">Publish</h3>
          <p>
            Publishing freezes this text as version {(latest?.number ?? 0) + 1}: it can never be changed afterwards. The print view and shared links show the latest published
            version; later changes start a new draft.
          </p>
          <ActionForm action={publishStatementAction} {...hidden} submitLabel={`Publish version ${(latest?.number ?? 0) + 1}`} pendingLabel="Publishing…">
            <input type="hidden" name="statementId" value={statement.id} />
            <input type="hidden" name="revision" value={statement.revision} />
          </ActionForm>
        </Card>
      ) : null}

      {statement.state === "published" && latest ? (
        <p className="soi-published-note">
          This text is published as version {latest.number}. Saving any change starts a new draft; version {latest.number} stays exactly as it is, on the print view and on shared
          links, until a new version is published.
        </p>
      ) : null}
    </>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

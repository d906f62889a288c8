import { ActionForm } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { formatDate, formatPounds } from "@/components/ui/format";
import { declineApplicationAction, recordAwardAction, recordGrantReportAction, recordSpendAction, withdrawApplicationAction } from "@/lib/budget/actions";
import { FeedbackForm } from "@/components/review/feedback-form";
import { penceToInput } from "@/lib/budget/money";
import type { ApplicationRow } from "@/lib/budget/services/queries";
import type { FundingRoundStatus } from "@/lib/generated/prisma/enums";

type Props = {
  application: ApplicationRow;
  status: FundingRoundStatus;
  canWrite: boolean;
  hidden: { partnership: string; area: string };
  meetings: { value: string; label: string }[];
  today: string;
};

function Standing({ application: a }: { application: ApplicationRow }) {
  if (a.withdrawnAt) return <span className="budget-tag budget-tag-withdrawn">Withdrawn</span>;
  if (a.award) return <span className="budget-tag budget-tag-awarded">Awarded {formatPounds(a.award.amountPence)}</span>;
  if (a.declineReason) return <span className="budget-tag budget-tag-declined">Not funded</span>;
  return null;
}

/** One application: what it asks for and why, its panel result, and the decision on it. */
export function ApplicationCard({ application: a, status, canWrite, hidden, meetings, today }: Props) {
  const open = !a.withdrawnAt && !a.award;
  return (
    <article className="budget-application" aria-labelledby={`application-${a.id}`}>
      <div className="budget-application-head">
        <h3 id={`application-${a.id}`} className="budget-application-title">
          {a.organisationName}
        </h3>
        <p>
          Asks for <strong>{formatPounds(a.amountRequestedPence)}</strong> <Standing application={a} />
        </p>
      </div>
      <p className="muted">
        {a.channel === "public_link" ? "Sent through the public form" : "Entered by the co-ordinator"} on {formatDate(a.submittedAt)}
        {canWrite ? ` · ${a.contactName}, ${a.contactEmail}` : ""}
      </p>
      <p>
        <strong>What it will do:</strong> {a.summary}
      </p>
      <p>
        <strong>How it addresses the priority:</strong> {a.priorityFit}
      </p>
      <p>
        <strong>Panel score:</strong>{" "}
        {a.result?.average != null ? `${a.result.average.toFixed(2)} out of 5, ranked ${a.result.rank} (${a.result.submitted} panellist${a.result.submitted === 1 ? "" : "s"})` : "not scored yet"}
        {a.result?.conflicted ? `; ${a.result.conflicted} conflicted panellist${a.result.conflicted === 1 ? "" : "s"} left out` : ""}
      </p>
      {a.declineReason ? (
        <p>
          <strong>Why it was not funded:</strong> {a.declineReason}
        </p>
      ) : null}
      {a.withdrawnAt ? <p className="muted">Withdrawn on {formatDate(a.withdrawnAt)}.</p> : null}

      {canWrite && a.award ? (
        <>
          <p>
            Spent {formatPounds(a.award.spentPence)} of {formatPounds(a.award.amountPence)}
            {a.award.note ? ` · ${a.award.note}` : ""}
          </p>
          {a.award.spentPence < a.award.amountPence ? (
            <details className="budget-details">
              <summary>Record spend for {a.organisationName}</summary>
              <ActionForm action={recordSpendAction} {...hidden} submitLabel="Record spend" resetOnSuccess>
                <input type="hidden" name="awardId" value={a.award.id} />
                <TextField name="amount" label="Amount (£)" inputMode="decimal" />
                <TextField name="spentOn" label="Date" type="date" defaultValue={today} />
                <TextField name="description" label="What it was for" hint="e.g. First instalment, paid to the grantee" />
              </ActionForm>
            </details>
          ) : null}
        </>
      ) : null}

      {a.award && (a.award.reports.length || a.award.feedback.length) ? (
        <div className="budget-after">
          {a.award.reports.length ? (
            <ul aria-label={`Progress reports from ${a.organisationName}`}>
              {a.award.reports.map((r) => (
                <li key={r.id}>
                  {formatDate(r.reportedOn)}: {r.milestone}, {r.percentComplete}% done, {r.beneficiariesReached} people reached
                  {r.caseStudyUrl ? (
                    <>
                      {" "}
                      (<a href={r.caseStudyUrl}>case study</a>)
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {a.award.feedback.map((f) => (
            <blockquote key={f.id} className="budget-feedback">
              <p>{f.comments}</p>
              <footer className="muted">
                Feedback from {f.role}, {formatDate(f.receivedOn)}
                {f.rating !== null ? ` · rated ${f.rating} out of 5` : ""}
              </footer>
            </blockquote>
          ))}
        </div>
      ) : null}

      {canWrite && a.award ? (
        <div className="budget-forms">
          <details className="budget-details">
            <summary>Add a progress report from {a.organisationName}</summary>
            <ActionForm action={recordGrantReportAction} {...hidden} submitLabel="Save the report" resetOnSuccess>
              <input type="hidden" name="awardId" value={a.award.id} />
              <TextField name="reportedOn" label="Date" type="date" defaultValue={today} />
              <TextField name="milestone" label="Milestone" hint="e.g. First term of sessions delivered" />
              <TextField name="percentComplete" label="How far along (%)" inputMode="numeric" />
              <TextField name="beneficiariesReached" label="People reached so far" hint="A count only: never names." inputMode="numeric" />
              <TextField name="caseStudyUrl" label="Link to a case study (optional)" type="url" />
            </ActionForm>
          </details>
          <details className="budget-details">
            <summary>Record feedback from {a.organisationName}</summary>
            <FeedbackForm hidden={hidden} today={today} award={{ id: a.award.id, organisationName: a.organisationName }} />
          </details>
        </div>
      ) : null}

      {canWrite && open && status === "deciding" ? (
        <div className="budget-forms">
          <details className="budget-details">
            <summary>Award {a.organisationName}</summary>
            <ActionForm action={recordAwardAction} {...hidden} submitLabel={`Award ${a.organisationName}`}>
              <input type="hidden" name="applicationId" value={a.id} />
              <TextField name="amount" label="Amount awarded (£)" hint="The full amount asked for, or less for a partial award." inputMode="decimal" defaultValue={penceToInput(a.amountRequestedPence)} />
              <SelectField name="meetingId" label="Decision meeting" options={[{ value: "", label: "Choose the meeting" }, ...meetings]} />
              <TextField name="decidedOn" label="Date decided" type="date" defaultValue={today} />
              <TextField name="note" label="Note (optional)" hint="e.g. Part-funded: one term of sessions" />
            </ActionForm>
          </details>
          <details className="budget-details">
            <summary>Do not fund {a.organisationName}</summary>
            <ActionForm action={declineApplicationAction} {...hidden} submitLabel="Record the reason">
              <input type="hidden" name="applicationId" value={a.id} />
              <TextAreaField name="reason" label="Why it was not funded" hint="The applicant will ask: say it plainly and kindly." rows={3} defaultValue={a.declineReason ?? undefined} />
            </ActionForm>
          </details>
        </div>
      ) : null}

      {canWrite && open && status !== "awarded" && status !== "closed" ? (
        <ConfirmButton
          action={withdrawApplicationAction}
          fields={{ ...hidden, applicationId: a.id }}
          label={`Withdraw the application from ${a.organisationName}`}
          confirmTitle={`Withdraw the application from ${a.organisationName}?`}
          confirmText="It stays on record but leaves the scoring and the ranking. Withdraw it only when the applicant asks."
          confirmLabel="Withdraw"
        />
      ) : null}
    </article>
  );
}

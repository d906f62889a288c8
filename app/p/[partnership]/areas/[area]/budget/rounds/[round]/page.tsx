import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getRound } from "@/lib/budget/services/queries";
import { addApplicationAction, moveRoundAction, setPublicListingAction } from "@/lib/budget/actions";
import { financialYearLabel } from "@/lib/budget/financial-year";
import { MOVE_LABELS, nextStatuses, ROUND_STATUS_LABELS } from "@/lib/budget/round-status";
import { ukToday } from "@/lib/blueprint/today";
import { listMeetings } from "@/lib/blueprint/services/meetings";
import { appUrl } from "@/lib/mail/send";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/fields";
import { formatDate, formatPounds } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { ApplicationCard } from "@/components/budget/application-card";
import { PanelSection } from "@/components/budget/panel-progress";
import { getMyPanelWork, getPanelProgress } from "@/lib/budget/services/panel-queries";
import "@/app/budget.css";

type Props = { params: Promise<{ partnership: string; area: string; round: string }>; searchParams: Promise<{ moved?: string | string[] }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function load(params: Props["params"]) {
  const { partnership, area: areaSlug, round: roundId } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const round = UUID.test(roundId) ? await getRound(ctx, area.id, roundId) : null;
  if (!round) notFound();
  return { ctx, area, round };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { area, round } = await load(params);
  return { title: `${round.title} · ${area.name}` };
}

/** Steps that cannot be undone ask first. */
const FINAL = new Set(["awarded", "closed"]);

export default async function RoundPage({ params, searchParams }: Props) {
  const { ctx, area, round } = await load(params);
  const moved = (await searchParams).moved;
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const canWrite = can(ctx.grants, "area.write", area.id);
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const today = ukToday();
  const [meetings, progress, myWork] = await Promise.all([
    canWrite ? listMeetings(ctx, area.id) : Promise.resolve([]),
    canWrite ? getPanelProgress(ctx, area.id, round.id) : Promise.resolve(null),
    getMyPanelWork(ctx, area.id, round.id),
  ]);
  const panelOpen = round.status === "draft" || round.status === "open" || round.status === "reviewing";
  const meetingOptions = meetings.map((m) => ({ value: m.id, label: `${m.title} (${formatDate(m.date)})` }));
  const active = round.applications.filter((a) => !a.withdrawnAt);
  // The panel's order: ranked first, then unscored, withdrawn last.
  const ordered = [...round.applications].sort((a, b) => (a.withdrawnAt ? 1 : 0) - (b.withdrawnAt ? 1 : 0) || (a.result?.rank ?? 1e9) - (b.result?.rank ?? 1e9));

  return (
    <>
      <PageHeader
        title={round.title}
        description={`${ROUND_STATUS_LABELS[round.status]} · from the ${financialYearLabel(round.pot.financialYear)} community budget${round.priority ? ` · for “${round.priority}”` : ""}`}
        breadcrumbs={[
          { label: "Overview", href: `/p/${ctx.partnershipSlug}` },
          { label: area.name, href: base },
          { label: "Community budget", href: `${base}/budget` },
          { label: round.title },
        ]}
      />
      <AreaTabs base={base} current="budget" within />
      {moved === round.status ? <Notice tone="success" title={`The round is now: ${ROUND_STATUS_LABELS[round.status].toLowerCase()}.`} /> : null}

      <section aria-labelledby="round-status" className="record-section">
        <h2 id="round-status" className="section-title">
          Where it stands
        </h2>
        <dl className="budget-figures">
          <div className="budget-figure">
            <dt>Stage</dt>
            <dd>{ROUND_STATUS_LABELS[round.status]}</dd>
          </div>
          <div className="budget-figure">
            <dt>Open for applications</dt>
            <dd>
              {formatDate(round.opensOn)} to {formatDate(round.closesOn)}
            </dd>
          </div>
          <div className="budget-figure">
            <dt>Allocated to this round</dt>
            <dd>{formatPounds(round.allocationPence)}</dd>
          </div>
          <div className="budget-figure">
            <dt>Largest single award</dt>
            <dd>{formatPounds(round.maxAwardPence)}</dd>
          </div>
          <div className="budget-figure">
            <dt>Left in the pot</dt>
            <dd>{formatPounds(round.pot.amountPence - round.pot.awardedPence)}</dd>
          </div>
        </dl>
        {canWrite ? (
          <div className="budget-moves">
            {nextStatuses(round.status).map((to) =>
              FINAL.has(to) ? (
                <ConfirmButton
                  key={to}
                  action={moveRoundAction}
                  fields={{ ...hidden, roundId: round.id, to }}
                  label={MOVE_LABELS[to]}
                  confirmTitle={`${MOVE_LABELS[to]}?`}
                  confirmText={to === "awarded" ? "The awards and reasons recorded now stand, and the round cannot go back to the decision." : "The round is finished: nothing more can be added to it."}
                  confirmLabel={MOVE_LABELS[to]}
                />
              ) : (
                <ActionForm key={to} action={moveRoundAction} {...hidden} submitLabel={MOVE_LABELS[to]} pendingLabel="Moving…">
                  <input type="hidden" name="roundId" value={round.id} />
                  <input type="hidden" name="to" value={to} />
                </ActionForm>
              ),
            )}
          </div>
        ) : null}
        {canWrite && round.publicToken && round.status === "open" ? (
          <p>
            <strong>Public application link:</strong> share it with local groups; it takes applications while the round is open, without an account.{" "}
            <a href={appUrl(`/apply/${round.publicToken}`)}>{appUrl(`/apply/${round.publicToken}`)}</a>
          </p>
        ) : null}
        {canWrite && (round.status === "awarded" || round.status === "closed") ? (
          <ActionForm action={setPublicListingAction} {...hidden} submitLabel="Save the listing">
            <input type="hidden" name="roundId" value={round.id} />
            <CheckboxField name="listed" label="List this round's awards on the area's public page" defaultChecked={round.publicListing} />
          </ActionForm>
        ) : null}
      </section>

      {myWork && round.status === "reviewing" ? (
        <p className="notice notice-info">
          You are on this round&apos;s panel. <Link href={`${base}/budget/rounds/${round.id}/score`}>Score the applications</Link>
        </p>
      ) : null}

      {progress ? (
        <section aria-labelledby="round-panel" className="record-section">
          <h2 id="round-panel" className="section-title">
            Community panel
          </h2>
          <PanelSection progress={progress} hidden={hidden} roundId={round.id} canAssign={panelOpen} />
        </section>
      ) : null}

      <section aria-labelledby="round-criteria" className="record-section">
        <h2 id="round-criteria" className="section-title">
          What applications must show
        </h2>
        <p className="record-prewrap">{round.criteria}</p>
        <h3 className="subsection-title">How the panel scores</h3>
        <ul>
          {round.rubric.map((c) => (
            <li key={c.id}>
              {c.label} <span className="muted">(weight {c.weight})</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="round-applications" className="record-section">
        <h2 id="round-applications" className="section-title">
          Applications ({active.length})
        </h2>
        {round.applications.length === 0 ? (
          <p className="muted">{round.status === "draft" ? "Open the round to take applications." : "No applications yet."}</p>
        ) : (
          ordered.map((a) => <ApplicationCard key={a.id} application={a} status={round.status} canWrite={canWrite} hidden={hidden} meetings={meetingOptions} today={today} />)
        )}
        {canWrite && round.status === "deciding" && meetingOptions.length === 0 ? (
          <p className="notice notice-warning">Awards are recorded against the decision meeting: add the meeting on the Meetings page first.</p>
        ) : null}
      </section>

      {canWrite && (round.status === "open" || round.status === "reviewing") ? (
        <section aria-labelledby="add-application" className="record-section">
          <h2 id="add-application" className="section-title">
            Add an application
          </h2>
          <p className="muted">For an application that came on paper, by email or at a drop-in.</p>
          <ActionForm action={addApplicationAction} {...hidden} submitLabel="Add the application" resetOnSuccess>
            <input type="hidden" name="roundId" value={round.id} />
            <TextField name="organisationName" label="Organisation" />
            <div className="budget-form-grid">
              <TextField name="contactName" label="Contact name" />
              <TextField name="contactEmail" label="Contact email" type="email" />
              <TextField name="amountRequested" label="Amount asked for (£)" hint={`At most ${formatPounds(round.maxAwardPence)}.`} inputMode="decimal" />
            </div>
            <TextAreaField name="summary" label="What the money will do" rows={4} />
            <TextAreaField name="priorityFit" label="How it addresses the priority" rows={4} />
            <CheckboxField name="aboveAndBeyond" label="The applicant confirms this is above and beyond services already delivered locally" />
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}

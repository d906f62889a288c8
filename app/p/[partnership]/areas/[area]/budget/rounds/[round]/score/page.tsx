import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/tenancy/page";
import { getRound } from "@/lib/budget/services/queries";
import { getMyPanelWork } from "@/lib/budget/services/panel-queries";
import { weightedScore } from "@/lib/budget/rubric";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { formatPounds } from "@/components/ui/format";
import { DeclareForm, ScoreForm } from "@/components/budget/panel-forms";
import "@/app/budget.css";

type Props = { params: Promise<{ partnership: string; area: string; round: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function load(params: Props["params"]) {
  const { partnership, area: areaSlug, round: roundId } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const round = UUID.test(roundId) ? await getRound(ctx, area.id, roundId) : null;
  if (!round) notFound();
  return { ctx, area, round };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { round } = await load(params);
  return { title: `Score · ${round.title}` };
}

/**
 * A panellist's own page: for each application, first the conflict question, then the
 * scoring form (never shown to a panellist who declared a conflict), then, once their
 * scores are in, the other panellists' scores. Laid out for a phone.
 */
export default async function ScorePage({ params }: Props) {
  const { ctx, area, round } = await load(params);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const work = await getMyPanelWork(ctx, area.id, round.id);
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const header = (
    <PageHeader
      title={`Score: ${round.title}`}
      description="Read each application, say whether you have a conflict of interest, then score it against each criterion from 1 (poor) to 5 (excellent)."
      breadcrumbs={[
        { label: area.name, href: base },
        { label: "Community budget", href: `${base}/budget` },
        { label: round.title, href: `${base}/budget/rounds/${round.id}` },
        { label: "Score" },
      ]}
    />
  );
  if (!work) {
    return (
      <>
        {header}
        <EmptyState title="You are not on this round's panel" text="The co-ordinator chooses the panel. Ask them if you should be on it." />
      </>
    );
  }
  if (round.status !== "reviewing") {
    return (
      <>
        {header}
        <EmptyState
          title={round.status === "open" || round.status === "draft" ? "Scoring has not started" : "Scoring has finished"}
          text={round.status === "open" || round.status === "draft" ? "The panel scores once the round closes for applications." : "The panel's scores have gone to the decision meeting."}
          action={<Link href={`${base}/budget/rounds/${round.id}`}>Back to the round</Link>}
        />
      </>
    );
  }
  const done = work.applications.filter((a) => a.submitted || a.declared?.conflicted).length;
  return (
    <>
      {header}
      <p className="muted">
        {done} of {work.applications.length} applications done.
      </p>
      {work.applications.map((a) => {
        const mine = a.myScores && a.submitted ? weightedScore(work.rubric, a.myScores) : null;
        return (
          <article key={a.id} className="budget-application" aria-labelledby={`score-${a.id}`}>
            <div className="budget-application-head">
              <h2 id={`score-${a.id}`} className="budget-application-title">
                {a.organisationName}
              </h2>
              <p>Asks for {formatPounds(a.amountRequestedPence)}</p>
            </div>
            <p>
              <strong>What it will do:</strong> {a.summary}
            </p>
            <p>
              <strong>How it addresses the priority:</strong> {a.priorityFit}
            </p>
            {!a.declared ? (
              <DeclareForm hidden={hidden} applicationId={a.id} organisationName={a.organisationName} />
            ) : a.declared.conflicted ? (
              <p className="notice notice-info">You declared a conflict of interest: you do not score this application, and nothing you scored before counts.</p>
            ) : !a.submitted ? (
              <ScoreForm hidden={hidden} applicationId={a.id} organisationName={a.organisationName} rubric={work.rubric} />
            ) : (
              <div className="notice notice-success">
                <p className="notice-title">Your score: {mine?.toFixed(2)} out of 5.</p>
                <p>
                  {a.othersScores && a.othersScores.length
                    ? `Other panellists so far: ${a.othersScores.map((s) => s.toFixed(2)).join(", ")}.`
                    : "No other panellist has submitted yet."}
                </p>
              </div>
            )}
          </article>
        );
      })}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { ukToday } from "@/lib/blueprint/today";
import { phaseName } from "@/lib/blueprint/phases";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { getCapabilityView } from "@/lib/review/services/capability";
import { getConditionsView } from "@/lib/review/services/conditions";
import { listCaseStudies } from "@/lib/review/services/case-studies";
import { listFeedback } from "@/lib/review/services/feedback";
import { getLearningView } from "@/lib/review/services/learning";
import { getAreaTheoryWorkspace } from "@/lib/theory-of-change/services/queries";
import { ragCounts, latestRatings } from "@/lib/review/ratings";
import { summariseFeedback } from "@/lib/review/feedback";
import { CONDITIONS, FEEDBACK_SOURCE_LABELS } from "@/lib/review/labels";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { RecordSection } from "@/components/blueprint/record-section";
import { LevelTag } from "@/components/review/rating-tag";
import { EarlyImpactForm, EarlyImpactList, FindingForm, FindingList, LessonForm, LessonList } from "@/components/review/learning";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Review & learn · ${ref.name}` };
}

const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/**
 * Phases 4 and 5 for one area: where each checklist item stands, and the records that
 * meet them. The capability analysis, case studies and feedback have pages of their own;
 * early impact, lessons and findings are written here.
 */
export default async function ReviewPage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const [view, capability, conditions, caseStudies, feedback, learning, theory] = await Promise.all([
    getBlueprintView(ctx, area.id),
    getCapabilityView(ctx, area.id),
    getConditionsView(ctx, area.id),
    listCaseStudies(ctx, area.id),
    listFeedback(ctx, area.id),
    getLearningView(ctx, area.id),
    getAreaTheoryWorkspace(ctx, area.id),
  ]);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const canEvaluate = can(ctx.grants, "evaluation.write", area.id);
  const canWrite = can(ctx.grants, "area.write", area.id);
  const today = ukToday();
  const items = [...(view.phases[3]?.items ?? []), ...(view.phases[4]?.items ?? [])];
  const at = (...hrefs: string[]) => items.filter((i) => hrefs.includes(i.href));
  const showCycles = view.cycle > 1;
  const inCycle = <T extends { cycle: number }>(list: T[]) => list.filter((r) => r.cycle === view.cycle);

  const active = capability.areas.filter((a) => !a.retired && a.id !== null).map((a) => ({ id: a.id!, name: a.name }));
  const latest = latestRatings(capability.assessments, active);
  const counts = ragCounts(latest.cells);
  const summaries = summariseFeedback(inCycle(feedback));
  const latestConditions = conditions.latest;
  const refinedVersions = theory.theory?.versions.filter((v) => v.number > 1 && v.changeNote) ?? [];

  return (
    <>
      <PageHeader
        title="Review & learn, share & refine"
        description="Phases 4 and 5: the capability analysis and collective-impact self-assessment, case studies and feedback, early impact, lessons learned, findings shared, and the refined theory of change."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Review & learn" }]}
        actions={<LinkButton href={`${base}/review/pack`}>Review pack for the board</LinkButton>}
      />
      <AreaTabs base={base} current="review" />
      <p className="muted">
        {area.name} is in phase {view.currentPhase}, {phaseName(view.currentPhase)}
        {view.cycle > 1 ? `, cycle ${view.cycle}` : ""}. The checklist counts the records made in the current cycle
        {view.focusPriority ? `, on the focus issue “${view.focusPriority.title}”` : ""}.
      </p>

      <RecordSection id="capability" title="Capability analysis" items={at("review/capability")}>
        {latest.assessment ? (
          <p>
            Latest assessment: {day(latest.assessment.assessedOn)}: {counts.green} green, {counts.amber} amber, {counts.red} red
            {latest.completeness && !latest.completeness.complete ? `; still to rate: ${latest.completeness.missing.join(", ")}` : ""}.
          </p>
        ) : (
          <EmptyState title="No capability analysis yet" text="The convening partnership RAG-rates its performance against the six self-evaluation areas, each with a note and evidence." />
        )}
        <p>
          <Link href={`${base}/review/capability`}>{capability.assessments.length ? "See every assessment and how the ratings moved" : "Record the first assessment"}</Link>
        </p>
      </RecordSection>

      <RecordSection id="collective-impact" title="Collective impact self-assessment" items={[]}>
        {latestConditions.assessment ? (
          <>
            <p>Latest self-assessment: {day(latestConditions.assessment.assessedOn)}.</p>
            <ul className="rv-pack-list">
              {CONDITIONS.map((c) => {
                const cell = latestConditions.cells[c.key];
                return (
                  <li key={c.key}>
                    {c.name}: {cell ? <LevelTag level={cell.level} /> : <span className="muted">not assessed</span>}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <EmptyState title="No self-assessment yet" text="Rate the five conditions of collective impact (common agenda, shared measurement, mutually reinforcing activities, continuous communication and backbone support) from “just begun” to “fully in place”." />
        )}
        <p>
          <Link href={`${base}/review/collective-impact`}>{conditions.assessments.length ? "See every self-assessment" : "Record the first self-assessment"}</Link>
        </p>
      </RecordSection>

      <RecordSection id="case-studies" title="Case studies" items={at("review/case-studies")}>
        <p>
          {inCycle(caseStudies).length} in this cycle{caseStudies.length > inCycle(caseStudies).length ? `, ${caseStudies.length} in all` : ""}. <Link href={`${base}/review/case-studies`}>Case studies</Link>
        </p>
      </RecordSection>

      <RecordSection id="feedback" title="Feedback" items={at("review/feedback")}>
        <DataTable
          caption="Feedback in this cycle, by who gave it"
          columns={[
            { key: "source", header: "From" },
            { key: "count", header: "Pieces", numeric: true },
            { key: "rating", header: "Average rating", numeric: true },
          ]}
          rows={summaries.map((s) => ({
            key: s.source,
            cells: { source: FEEDBACK_SOURCE_LABELS[s.source], count: String(s.count), rating: s.averageRating === null ? "–" : `${s.averageRating.toFixed(1)} of 5` },
          }))}
        />
        <p>
          <Link href={`${base}/review/feedback`}>All feedback, and record more</Link>
        </p>
      </RecordSection>

      <RecordSection id="early-impact" title="Early impact" items={at("review#early-impact")}>
        <EarlyImpactList items={learning.earlyImpact} hidden={hidden} canDelete={canWrite} showCycles={showCycles} />
        {canEvaluate ? (
          <Card>
            <h3 className="card-title">Collate early impact</h3>
            <EarlyImpactForm hidden={hidden} />
          </Card>
        ) : null}
      </RecordSection>

      <RecordSection id="lessons" title="Lessons learned" items={at("review#lessons")}>
        <LessonList items={learning.lessons} hidden={hidden} canDelete={canWrite} showCycles={showCycles} />
        {canWrite ? (
          <Card>
            <h3 className="card-title">Record a lesson</h3>
            <LessonForm hidden={hidden} />
          </Card>
        ) : null}
      </RecordSection>

      <RecordSection id="findings" title="Findings shared" items={at("review#findings")}>
        <FindingList items={learning.findings} hidden={hidden} canDelete={canWrite} showCycles={showCycles} />
        {canWrite ? (
          <Card>
            <h3 className="card-title">Record findings shared</h3>
            <FindingForm hidden={hidden} today={today} />
          </Card>
        ) : null}
      </RecordSection>

      <RecordSection id="refine" title="Refined theory of change" items={at("theory-of-change")}>
        {theory.theory ? (
          refinedVersions.length ? (
            <ul className="rv-cards" aria-label="Refinements of the theory of change">
              {refinedVersions.map((v) => (
                <li key={v.number} className="rv-card">
                  <p>
                    <strong>Version {v.number}</strong>, {formatDate(v.createdAt)}
                    {v.createdBy ? ` by ${v.createdBy}` : ""}
                  </p>
                  <p className="record-prewrap">What changed and why: {v.changeNote}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p>The theory of change has not been refined since its first version.</p>
          )
        ) : (
          <p>There is no theory of change for the focus issue yet.</p>
        )}
        <p>
          <Link href={`${base}/theory-of-change`}>{canWrite ? "Refine the theory of change: save a new version with what changed and why" : "Read the theory of change"}</Link>
        </p>
      </RecordSection>
    </>
  );
}

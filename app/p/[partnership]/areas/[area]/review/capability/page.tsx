import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { ukToday } from "@/lib/blueprint/today";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { getCapabilityView } from "@/lib/review/services/capability";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { RecordSection } from "@/components/blueprint/record-section";
import { RatingHistory } from "@/components/review/rating-history";
import { AssessmentForm } from "@/components/review/assessment-form";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ deleted?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Capability analysis · ${ref.name}` };
}

/** The area's capability analyses over time: how each self-evaluation area's rating moved, and a new assessment. */
export default async function CapabilityPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const [view, blueprint] = await Promise.all([getCapabilityView(ctx, area.id), getBlueprintView(ctx, area.id)]);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const canEvaluate = can(ctx.grants, "evaluation.write", area.id);
  const items = (blueprint.phases[3]?.items ?? []).filter((i) => i.href === "review/capability");
  const active = view.areas.filter((a) => !a.retired);
  const deleted = (await searchParams).deleted === "1";

  return (
    <>
      <PageHeader
        title="Capability analysis"
        description="The convening partnership reviews and RAG-rates its performance against its self-evaluation areas (by default the guide's six conditions to success), with a note and evidence for each."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Review & learn", href: `${base}/review` }, { label: "Capability analysis" }]}
      />
      <AreaTabs base={base} current="review" within />
      {deleted ? <Notice tone="success" title="The assessment is deleted." /> : null}
      <RecordSection id="history" title="Ratings over time" items={items}>
        {view.assessments.length ? (
          <>
            <RatingHistory view={view} assessmentHref={(id) => `${base}/review/capability/${id}`} />
            <ul className="rv-pack-list" aria-label="Assessments">
              {[...view.assessments].reverse().map((a) => (
                <li key={a.id}>
                  <Link href={`${base}/review/capability/${a.id}`}>Assessment of {formatDate(new Date(`${a.assessedOn}T00:00:00Z`))}</Link>
                  {blueprint.cycle > 1 ? ` (cycle ${a.cycle})` : ""}:{" "}
                  {a.completeness.complete ? "every area rated" : `${a.completeness.rated} of ${a.completeness.required} areas rated; still to rate ${a.completeness.missing.join(", ")}`}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <EmptyState title="No capability analysis yet" text={canEvaluate ? "Record the first assessment below: rate each self-evaluation area, with a note saying why." : "The co-ordinator has not recorded a capability analysis yet."} />
        )}
      </RecordSection>
      {canEvaluate ? (
        <section aria-labelledby="new-assessment" className="record-section">
          <h2 id="new-assessment" className="section-title">
            Record an assessment
          </h2>
          <p className="muted">
            Rate every area for the assessment to count on the checklist; you can save it with some areas unrated and complete it later. The areas are worded by your partnership admin
            {can(ctx.grants, "partnership.manage") ? (
              <>
                {" "}
                (<Link href={`/p/${ctx.partnershipSlug}/review/self-evaluation`}>change them</Link>)
              </>
            ) : null}
            .
          </p>
          <Card>
            <AssessmentForm hidden={{ partnership: ctx.partnershipSlug, area: area.slug }} areas={active} today={ukToday()} />
          </Card>
        </section>
      ) : null}
    </>
  );
}

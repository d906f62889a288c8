import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { ukToday } from "@/lib/blueprint/today";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { caseStudyLinkOptions, listCaseStudies } from "@/lib/review/services/case-studies";
import { CONSENT_SCOPE_LABELS } from "@/lib/review/labels";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { RecordSection } from "@/components/blueprint/record-section";
import { CaseStudyForm } from "@/components/review/case-study-form";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ deleted?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Case studies · ${ref.name}` };
}

/** Stories that demonstrate impact, each with its consent and what it illustrates; members may add them. */
export default async function CaseStudiesPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const canContribute = can(ctx.grants, "review.contribute", area.id);
  const [studies, view, options] = await Promise.all([listCaseStudies(ctx, area.id), getBlueprintView(ctx, area.id), canContribute ? caseStudyLinkOptions(ctx, area.id) : null]);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const items = (view.phases[3]?.items ?? []).filter((i) => i.href === "review/case-studies");
  const deleted = (await searchParams).deleted === "1";

  return (
    <>
      <PageHeader
        title="Case studies"
        description="Stories that demonstrate impact, with the consent given for them. No child-level personal data: the platform checks each one for names and identifying details before it is saved."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Review & learn", href: `${base}/review` }, { label: "Case studies" }]}
      />
      <AreaTabs base={base} current="review" within />
      {deleted ? <Notice tone="success" title="The case study is deleted." /> : null}
      <RecordSection id="list" title="Case studies" items={items}>
        {studies.length === 0 ? (
          <EmptyState title="No case studies yet" text={canContribute ? "Add the first below." : "None has been added yet."} />
        ) : (
          <ul className="rv-cards" aria-label="Case studies">
            {studies.map((s) => (
              <li key={s.id} className="rv-card">
                <h3 className="subsection-title">
                  <Link href={`${base}/review/case-studies/${s.id}`}>{s.title}</Link>
                </h3>
                <p>{s.whatItShows}</p>
                <p className="muted">
                  Consent: {CONSENT_SCOPE_LABELS[s.consentScope].toLowerCase()}, given {formatDate(new Date(`${s.consentOn}T00:00:00Z`))}
                  {view.cycle > 1 ? ` · cycle ${s.cycle}` : ""}
                  {s.links.length ? ` · illustrates ${s.links.length} item${s.links.length === 1 ? "" : "s"}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </RecordSection>
      {canContribute && options ? (
        <section aria-labelledby="new-case-study" className="record-section">
          <h2 id="new-case-study" className="section-title">
            Add a case study
          </h2>
          <Card>
            <CaseStudyForm hidden={{ partnership: ctx.partnershipSlug, area: area.slug }} today={ukToday()} options={options} />
          </Card>
        </section>
      ) : null}
    </>
  );
}

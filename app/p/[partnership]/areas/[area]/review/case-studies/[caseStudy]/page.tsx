import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getCaseStudy } from "@/lib/review/services/case-studies";
import { deleteCaseStudyAction } from "@/lib/review/actions";
import { CONSENT_SCOPE_LABELS } from "@/lib/review/labels";
import { PERSONAL_DATA_LABELS, type PersonalDataKind } from "@/lib/review/personal-data";
import { UUID } from "@/lib/review/inputs";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string; area: string; caseStudy: string }>; searchParams: Promise<{ saved?: string }> };

async function load(params: Props["params"]) {
  const { partnership, area: areaSlug, caseStudy: id } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const study = UUID.test(id) ? await getCaseStudy(ctx, area.id, id) : null;
  if (!study) notFound();
  return { ctx, area, study };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { area, study } = await load(params);
  return { title: `${study.title} · ${area.name}` };
}

export default async function CaseStudyPage({ params, searchParams }: Props) {
  const { ctx, area, study } = await load(params);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const saved = (await searchParams).saved === "1";
  return (
    <>
      <PageHeader
        title={study.title}
        description="A case study"
        breadcrumbs={[
          { label: "Overview", href: `/p/${ctx.partnershipSlug}` },
          { label: area.name, href: base },
          { label: "Review & learn", href: `${base}/review` },
          { label: "Case studies", href: `${base}/review/case-studies` },
          { label: study.title },
        ]}
      />
      <AreaTabs base={base} current="review" within />
      {saved ? <Notice tone="success" title="Case study saved." /> : null}
      <section aria-labelledby="story" className="record-section">
        <h2 id="story" className="section-title">
          The story
        </h2>
        <p className="record-prewrap">{study.story}</p>
        <h3 className="subsection-title">What it shows</h3>
        <p className="record-prewrap">{study.whatItShows}</p>
        {study.links.length ? (
          <>
            <h3 className="subsection-title">What it illustrates</h3>
            <ul className="rv-pack-list">
              {study.links.map((l) => (
                <li key={`${l.kind}-${l.id}`}>
                  {l.kind === "action_item" ? (
                    <>
                      Action item: <Link href={`${base}/action-plan/${l.id}`}>{l.label}</Link>
                    </>
                  ) : l.kind === "hub_service" ? (
                    <>
                      School Health Hub service: <Link href={`${base}/hub/services/${l.id}`}>{l.label}</Link>
                    </>
                  ) : (
                    <>Community budget award: {l.label}</>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="consent" className="record-section">
        <h2 id="consent" className="section-title">
          Consent and checks
        </h2>
        <dl className="meta-list">
          <div>
            <dt>Consent given by</dt>
            <dd>{study.consentGivenBy}</dd>
          </div>
          <div>
            <dt>For</dt>
            <dd>{CONSENT_SCOPE_LABELS[study.consentScope]}</dd>
          </div>
          <div>
            <dt>Given on</dt>
            <dd>{formatDate(new Date(`${study.consentOn}T00:00:00Z`))}</dd>
          </div>
          <div>
            <dt>Recorded</dt>
            <dd>
              {formatDate(study.createdAt)}
              {study.createdBy ? ` by ${study.createdBy}` : ""}
            </dd>
          </div>
          <div>
            <dt>Personal-data check</dt>
            <dd>
              {study.confirmedTerms.length
                ? `Passed, with ${study.confirmedTerms.map((t) => `“${t.term}” (flagged as ${PERSONAL_DATA_LABELS[t.kind as PersonalDataKind] ?? t.kind})`).join(", ")} confirmed by the author as not a person's identity.`
                : "Passed: nothing that looks like personal details was found."}
            </dd>
          </div>
        </dl>
        {can(ctx.grants, "area.write", area.id) ? (
          <ConfirmButton
            action={deleteCaseStudyAction}
            fields={{ partnership: ctx.partnershipSlug, area: area.slug, caseStudyId: study.id }}
            label="Delete this case study"
            confirmTitle={`Delete “${study.title}”?`}
            confirmText="Delete it when consent is withdrawn, or when it was added by mistake. The checklist is worked out again without it."
            confirmLabel="Delete"
          />
        ) : null}
      </section>
    </>
  );
}

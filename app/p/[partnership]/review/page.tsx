import type { Metadata } from "next";
import Link from "next/link";
import { requirePartnership } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { latestCapabilityByArea } from "@/lib/review/services/heatmap";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { CapabilityHeatmap } from "@/components/review/capability-heatmap";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Review & learn" };
}

/** The partnership's view of Review & Learn: every area's latest capability ratings, and each area's review pack. */
export default async function PartnershipReviewPage({ params }: Props) {
  const { ctx } = await requirePartnership((await params).partnership);
  const heatmap = await latestCapabilityByArea(ctx);
  const base = `/p/${ctx.partnershipSlug}`;
  return (
    <>
      <PageHeader
        title="Review & learn"
        description="How each area's convening partnership rates itself against the self-evaluation areas, at its latest capability analysis, and how each rating moved since the one before."
        breadcrumbs={[{ label: "Overview", href: base }, { label: "Review & learn" }]}
        actions={
          <>
            {heatmap.rows.length ? <LinkButton href={`${base}/review/pack`} variant="secondary">Print every area&apos;s review pack</LinkButton> : null}
            {can(ctx.grants, "partnership.manage") ? <LinkButton href={`${base}/review/self-evaluation`} variant="secondary">Self-evaluation areas</LinkButton> : null}
          </>
        }
      />
      <section aria-labelledby="heatmap-heading" className="record-section">
        <h2 id="heatmap-heading" className="section-title">
          Capability heatmap
        </h2>
        <p className="muted">Each cell gives the rating in words and how it moved; its colour only repeats the rating.</p>
        <CapabilityHeatmap heatmap={heatmap} areaHref={(slug) => `${base}/areas/${slug}/review`} />
      </section>
      {heatmap.rows.length ? (
        <section aria-labelledby="packs-heading" className="record-section">
          <h2 id="packs-heading" className="section-title">
            Review packs
          </h2>
          <ul className="rv-pack-list">
            {heatmap.rows.map((r) => (
              <li key={r.area.id}>
                <Link href={`${base}/areas/${r.area.slug}/review/pack`}>Review pack: {r.area.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

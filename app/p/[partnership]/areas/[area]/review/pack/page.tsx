import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/tenancy/page";
import { loadReviewPack } from "@/lib/review/services/pack";
import { PrintButton } from "@/components/statement/print-button";
import { ReviewPack } from "@/components/review/review-pack";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  // The browser offers the title as the PDF's file name.
  return { title: `Review pack – ${ref.name}` };
}

/** One area's review pack for the board: one A4 page, printed without the app's header and navigation (app/review.css), or downloaded as CSV. */
export default async function ReviewPackPage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const pack = await loadReviewPack(ctx, area.id);
  if (!pack) notFound();
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  return (
    <div>
      <div className="rv-pack-bar no-print">
        <Breadcrumbs items={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Review & learn", href: `${base}/review` }, { label: "Review pack" }]} />
        <div className="rv-pack-controls">
          <a href={`${base}/review/pack/export`} className="button button-secondary">
            Download the figures (CSV)
          </a>
          <PrintButton label="Print the review pack" />
        </div>
      </div>
      <ReviewPack pack={pack} />
    </div>
  );
}

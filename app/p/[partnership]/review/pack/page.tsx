import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/page-header";
import { requirePartnership } from "@/lib/tenancy/page";
import { loadAllReviewPacks } from "@/lib/review/services/pack";
import { PrintButton } from "@/components/statement/print-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ReviewPack } from "@/components/review/review-pack";
import "@/app/review.css";

type Props = { params: Promise<{ partnership: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Review packs" };
}

/** Every area's review pack, one A4 page each, for a board meeting. */
export default async function AllReviewPacksPage({ params }: Props) {
  const { ctx } = await requirePartnership((await params).partnership);
  const packs = await loadAllReviewPacks(ctx);
  const base = `/p/${ctx.partnershipSlug}`;
  return (
    <div>
      <div className="rv-pack-bar no-print">
        <Breadcrumbs items={[{ label: "Overview", href: base }, { label: "Review & learn", href: `${base}/review` }, { label: "Review packs" }]} />
        {packs.length ? <PrintButton label="Print every pack" /> : null}
      </div>
      <h1 className="visually-hidden">Review packs</h1>
      {packs.length === 0 ? <EmptyState title="No areas to show" text="There are no Act Locally areas you can see yet." /> : packs.map((pack) => <ReviewPack key={pack.area.id} pack={pack} level={2} />)}
    </div>
  );
}

import type { Metadata } from "next";
import { requirePartnership } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getPartnershipTheory } from "@/lib/theory-of-change/services/queries";
import { savePartnershipTheoryAction } from "@/lib/theory-of-change/actions";
import { emptyTheory } from "@/lib/theory-of-change/content";
import { PageHeader } from "@/components/ui/page-header";
import { TheoryEditor } from "@/components/theory-of-change/theory-editor";
import { TheoryWorkspace, theoryView } from "@/components/theory-of-change/theory-workspace";
import "@/app/theory-of-change.css";

export const metadata: Metadata = { title: "Theory of change" };

type Props = { params: Promise<{ partnership: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PartnershipTheoryOfChangePage({ params, searchParams }: Props) {
  const { ctx } = await requirePartnership((await params).partnership);
  const theory = await getPartnershipTheory(ctx);
  const canWrite = can(ctx.grants, "partnership.manage");
  return (
    <>
      <PageHeader
        title="Theory of change"
        description="The partnership's own theory of change: the ways of working every area shares, the outcomes it seeks and the vision it serves. Each area writes its own for its focus issue."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: "Theory of change" }]}
      />
      <TheoryWorkspace
        ctx={ctx}
        theory={theory}
        base={`/p/${ctx.partnershipSlug}/theory-of-change`}
        view={theoryView(await searchParams)}
        emptyText={canWrite ? "No theory of change for the partnership yet. The guide's section 3 is a good start: eight ways of working, the outcomes they lead to and the vision." : "The partnership has not written its theory of change yet."}
        editor={
          canWrite ? (
            <TheoryEditor action={savePartnershipTheoryAction} partnership={ctx.partnershipSlug} content={theory?.latest.content ?? emptyTheory()} baseVersion={theory?.latest.number ?? 0} focusLabel="Purpose" />
          ) : null
        }
      />
    </>
  );
}

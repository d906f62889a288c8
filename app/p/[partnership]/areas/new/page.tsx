import type { Metadata } from "next";
import { requireCapability, requirePartnership } from "@/lib/tenancy/page";
import { areaFormOptions } from "@/lib/areas/services/area-form-options";
import { createAreaAction } from "@/lib/areas/actions";
import { AreaForm } from "@/components/areas/area-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Add an area" };

export default async function NewAreaPage({ params }: { params: Promise<{ partnership: string }> }) {
  const { ctx } = await requirePartnership((await params).partnership);
  requireCapability(ctx, "partnership.manage");
  const options = await areaFormOptions(ctx);
  return (
    <>
      <PageHeader
        title="Add an area"
        description="An Act Locally area has its own convening partnership: a co-ordinator, a backbone organisation and a research partner. You can fill these in later."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: "Add an area" }]}
      />
      <AreaForm action={createAreaAction} partnership={ctx.partnershipSlug} {...options} submitLabel="Add area" />
    </>
  );
}

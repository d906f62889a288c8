import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireArea, requireCapability } from "@/lib/tenancy/page";
import { areaFormOptions } from "@/lib/areas/services/area-form-options";
import { getArea } from "@/lib/areas/services/list-areas";
import { updateAreaAction } from "@/lib/areas/actions";
import { AreaForm } from "@/components/areas/area-form";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Settings · ${ref.name}` };
}

export default async function AreaSettingsPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area: ref } = await requireArea(partnership, areaSlug);
  requireCapability(ctx, "partnership.manage");
  const [area, options] = await Promise.all([getArea(ctx, ref.id), areaFormOptions(ctx)]);
  if (!area) notFound();
  const base = `/p/${ctx.partnershipSlug}`;
  return (
    <>
      <PageHeader
        title={`${area.name}: settings`}
        breadcrumbs={[
          { label: "Overview", href: base },
          { label: area.name, href: `${base}/areas/${area.slug}` },
          { label: "Settings" },
        ]}
      />
      {(await searchParams).saved ? <Notice tone="success" title="Area saved" /> : null}
      <AreaForm action={updateAreaAction} partnership={ctx.partnershipSlug} area={area} {...options} submitLabel="Save area" />
    </>
  );
}

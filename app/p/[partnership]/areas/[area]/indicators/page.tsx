import type { Metadata } from "next";
import { requireArea } from "@/lib/tenancy/page";
import { loadAreaIndicators } from "@/lib/indicators/services/area-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { AreaIndicatorsView } from "@/components/indicators/area-indicators-view";
import "@/app/indicators.css";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Indicators · ${ref.name}` };
}

export default async function AreaIndicatorsPage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area } = await requireArea(partnership, areaSlug);
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const view = await loadAreaIndicators(ctx, area);
  return (
    <>
      <PageHeader
        title="Indicators"
        description={`How ${area.name} is doing on the indicators its outcome measures track, against its targets, England and the local authority, and how deprived its neighbourhoods are.`}
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Indicators" }]}
      />
      <AreaTabs base={base} current="indicators" />
      <AreaIndicatorsView view={view} base={base} partnershipBase={`/p/${ctx.partnershipSlug}`} />
    </>
  );
}

import { ChartFigure } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { CategoryBarChart } from "@/components/indicators/bar-chart";
import type { AreaIndicators } from "@/lib/indicators/services/area-dashboard";

const SOURCE = "Ministry of Housing, Communities and Local Government, English indices of deprivation 2019 (Open Government Licence v3.0)";

/** How many of the area's LSOAs fall in each IMD 2019 decile. */
export function DeprivationProfile({ profile, area }: { profile: AreaIndicators["deprivation"]; area: { name: string; slug: string } }) {
  if (profile.lsoas.length === 0) {
    return <EmptyState title="No LSOA codes yet" text={`Add ${area.name}'s LSOA codes on the Access & Connect page to see how many of them fall in each deprivation decile.`} />;
  }
  const label = (d: number) => (d === 1 ? "1 (most deprived)" : d === 10 ? "10 (least deprived)" : String(d));
  return (
    <>
      <ChartFigure
        id="deprivation-profile"
        title={`${area.name}'s LSOAs by IMD 2019 decile`}
        caption={profile.caption}
        source={SOURCE}
        period="2019"
        fileName={`${area.slug}-imd2019-deciles.csv`}
        table={{
          columns: [
            { key: "decile", header: "IMD 2019 decile" },
            { key: "lsoas", header: "LSOAs", numeric: true },
          ],
          rows: profile.deciles.map((n, i) => ({ decile: label(i + 1), lsoas: n })),
        }}
      >
        <CategoryBarChart data={profile.deciles.map((n, i) => ({ label: String(i + 1), value: n, marker: null }))} valueLabel="LSOAs" format="whole" height={240} />
      </ChartFigure>
      <details className="chart-figure-table">
        <summary>The {profile.lsoas.length} LSOAs and their deciles</summary>
        <DataTable
          caption={`${area.name}'s LSOAs in IMD 2019`}
          columns={[
            { key: "code", header: "LSOA code" },
            { key: "name", header: "Name" },
            { key: "rank", header: "Rank (1 is most deprived of 32,844)", numeric: true },
            { key: "decile", header: "Decile", numeric: true },
          ]}
          rows={profile.lsoas.map((l) => ({ key: l.code, cells: { code: <code>{l.code}</code>, name: l.name ?? "", rank: l.rank?.toLocaleString("en-GB") ?? "Not in IMD 2019", decile: l.decile ?? "" } }))}
        />
      </details>
    </>
  );
}

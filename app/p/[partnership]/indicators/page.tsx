import type { Metadata } from "next";
import Link from "next/link";
import { requirePartnership } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { catalogueToAdopt, listPartnershipIndicators } from "@/lib/indicators/services/catalogue-view";
import { NATIONAL_CATALOGUE } from "@/lib/indicators/catalogue";
import { POLARITY_LABELS, UNIT_LABELS } from "@/lib/indicators/units";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { AdoptForm, DefineForm } from "@/components/indicators/indicator-forms";
import "@/app/indicators.css";

type Props = { params: Promise<{ partnership: string }> };

export const metadata: Metadata = { title: "Indicators" };

export default async function IndicatorsPage({ params }: Props) {
  const { ctx } = await requirePartnership((await params).partnership);
  const [own, toAdopt] = await Promise.all([listPartnershipIndicators(ctx), catalogueToAdopt(ctx)]);
  const base = `/p/${ctx.partnershipSlug}`;
  const canWrite = can(ctx.grants, "evaluation.write");
  return (
    <>
      <PageHeader
        title="Indicators"
        description="The outcomes the partnership measures: indicators adopted from the national catalogue and the partnership's own, each with its unit, which way is better, its source and the threshold below which counts are suppressed."
        breadcrumbs={[{ label: "Overview", href: base }, { label: "Indicators" }]}
      />
      <section aria-labelledby="own-heading" className="record-section">
        <h2 id="own-heading" className="section-title">
          The partnership&rsquo;s indicators
        </h2>
        {own.length === 0 ? (
          <EmptyState title="No indicators yet" text={canWrite ? "Adopt indicators from the national catalogue below, or define the partnership's own." : "A research partner adopts indicators from the national catalogue or defines the partnership's own."} />
        ) : (
          <DataTable
            caption={`${own.length} indicator${own.length === 1 ? "" : "s"}`}
            columns={[
              { key: "name", header: "Indicator" },
              { key: "code", header: "Code" },
              { key: "unit", header: "Unit" },
              { key: "polarity", header: "Direction" },
              { key: "source", header: "Source" },
              { key: "threshold", header: "Suppressed from 1 to", numeric: true },
              { key: "from", header: "From" },
            ]}
            rows={own.map((i) => ({
              key: i.id,
              cells: {
                name: <Link href={`${base}/indicators/${i.code}`}>{i.name}</Link>,
                code: <code>{i.code}</code>,
                unit: UNIT_LABELS[i.unit],
                polarity: POLARITY_LABELS[i.polarity],
                source: i.source,
                threshold: i.suppressionThreshold,
                from: i.catalogueCode ? "National catalogue" : "The partnership's own",
              },
            }))}
          />
        )}
      </section>

      <section aria-labelledby="catalogue-heading" className="record-section">
        <h2 id="catalogue-heading" className="section-title">
          National catalogue
        </h2>
        <p className="muted indicator-note">The outcomes the Act Locally guide names, with the publishers&rsquo; identifiers that uploads recognise. Adopting one makes it one of the partnership&rsquo;s indicators; co-ordinators can also adopt one when they link an outcome measure to it.</p>
        <DataTable
          caption={`${NATIONAL_CATALOGUE.length} indicators in the national catalogue`}
          columns={[
            { key: "name", header: "Indicator" },
            { key: "code", header: "Code" },
            { key: "unit", header: "Unit" },
            { key: "source", header: "Source" },
            { key: "adopted", header: "Adopted" },
          ]}
          rows={NATIONAL_CATALOGUE.map((e) => ({
            key: e.code,
            cells: {
              name: (
                <>
                  {e.name}
                  <span className="visually-hidden">: </span>
                  <br />
                  <span className="muted">{e.description}</span>
                </>
              ),
              code: <code>{e.code}</code>,
              unit: UNIT_LABELS[e.unit],
              source: e.source,
              adopted: toAdopt.some((t) => t.code === e.code) ? "No" : "Yes",
            },
          }))}
        />
        {canWrite && toAdopt.length ? (
          <Card>
            <h3 className="card-title">Adopt from the catalogue</h3>
            <AdoptForm partnership={ctx.partnershipSlug} entries={toAdopt} />
          </Card>
        ) : null}
      </section>

      {canWrite ? (
        <section aria-labelledby="define-heading" className="record-section">
          <h2 id="define-heading" className="section-title">
            Define the partnership&rsquo;s own indicator
          </h2>
          <p className="muted indicator-note">For outcomes the catalogue does not have, such as figures shared under a local data-sharing agreement.</p>
          <Card>
            <DefineForm partnership={ctx.partnershipSlug} />
          </Card>
        </section>
      ) : null}
    </>
  );
}

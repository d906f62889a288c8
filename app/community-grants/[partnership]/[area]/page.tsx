import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { listPublicAwards } from "@/lib/budget/services/awards-list";
import { formatDate, formatPounds } from "@/components/ui/format";
import "@/app/budget.css";

type Props = { params: Promise<{ partnership: string; area: string }> };

export const dynamic = "force-dynamic";

const load = cache((partnership: string, area: string) => listPublicAwards(partnership, area));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const found = await load(partnership, area);
  return { title: found ? `Community grants in ${found.funder.areaName}` : "Page not found" };
}

/**
 * What the community's budget paid for: the projects funded in the rounds the co-ordinator
 * chose to list, with amounts and what they are for, so that the community sees how its
 * panel's decisions were used. No sign-in; nothing else of the partnership.
 */
export default async function CommunityGrantsPage({ params }: Props) {
  const { partnership, area } = await params;
  const found = await load(partnership, area);
  if (!found) notFound();
  const total = found.awards.reduce((sum, a) => sum + a.amountPence, 0);
  return (
    <main id="main" className="budget-apply">
      <p className="muted">{found.funder.areaName} convening partnership</p>
      <h1 className="page-title">Community grants in {found.funder.areaName}</h1>
      <p>
        A panel from the community, including young people, scored every application. These {found.awards.length} projects were funded, {formatPounds(total)} in all.
      </p>
      <div className="data-table-wrap" role="region" aria-label="Funded projects" tabIndex={0}>
        <table className="data-table">
          <caption>Funded projects</caption>
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">What it is for</th>
              <th scope="col" className="numeric">
                Awarded
              </th>
              <th scope="col">Decided</th>
            </tr>
          </thead>
          <tbody>
            {found.awards.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.organisationName}
                  <br />
                  <span className="muted">{a.roundTitle}</span>
                </th>
                <td>{a.summary}</td>
                <td className="numeric">{formatPounds(a.amountPence)}</td>
                <td>{formatDate(new Date(`${a.decidedOn}T12:00:00Z`))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}

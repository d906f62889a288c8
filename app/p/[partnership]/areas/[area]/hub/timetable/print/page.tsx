import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { loadHubPage } from "@/lib/hub/page-data";
import { getCalendar } from "@/lib/hub/services/queries";
import { sortedTerms, termContaining, termKey, termTitle } from "@/lib/hub/school-calendar";
import { ukToday } from "@/lib/blueprint/today";
import { PrintButton } from "@/components/statement/print-button";
import { FamilyTimetable } from "@/components/hub/family-timetable";
import "@/app/hub.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ term?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref, hub } = await loadHubPage(partnership, area);
  // The browser offers the title as the PDF's file name.
  return { title: `${hub?.name ?? "School Health Hub"} – what's on – ${ref.name}` };
}

/**
 * The timetable for families, for one term, laid out for A4: what runs each week, on which
 * dates, where, and when nothing runs. It carries no internal figures (no outputs, no money).
 * The app's header and this page's own controls are left off the printout (app/hub.css).
 */
export default async function FamilyTimetablePage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area, hub, base, hubBase } = await loadHubPage(partnership, areaSlug);
  if (!hub) notFound();
  const calendar = await getCalendar(ctx);
  const terms = sortedTerms(calendar.terms);
  const today = ukToday();
  const wanted = (await searchParams).term;
  const term = terms.find((t) => termKey(t) === wanted) ?? termContaining(calendar, today) ?? terms.find((t) => t.startsOn > today) ?? terms.at(-1) ?? null;

  return (
    <div className="hub-print-page">
      <div className="hub-print-bar no-print">
        <Breadcrumbs items={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Hub timetable", href: `${hubBase}/timetable` }, { label: "Family timetable" }]} />
        <div className="hub-print-controls">
          {terms.length ? (
            <form method="get" className="hub-inline-form">
              <label htmlFor="print-term" className="field-label">
                Term
              </label>
              <select id="print-term" name="term" className="input select" defaultValue={term ? termKey(term) : undefined}>
                {terms.map((t) => (
                  <option key={termKey(t)} value={termKey(t)}>
                    {termTitle(t)}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button-secondary">
                Show
              </button>
            </form>
          ) : null}
          <PrintButton />
        </div>
        <p className="muted">For families: what is on, where and when. It shows no figures about the hub.</p>
      </div>
      <div className="hub-sheet">
        <FamilyTimetable hub={hub} calendar={calendar} term={term} today={today} />
      </div>
    </div>
  );
}

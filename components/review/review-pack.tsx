import type { ReactNode } from "react";
import type { PackFigure, ReviewPack as Pack } from "@/lib/review/pack";
import { itemStatusLabel, statementLabel } from "@/lib/review/pack";
import { CONDITION_LEVEL_LABELS, CONSENT_SCOPE_LABELS, FEEDBACK_SOURCE_LABELS, FINDINGS_ABOUT_LABELS } from "@/lib/review/labels";
import { RAG_LABELS } from "@/lib/action-plan/labels";
import { movementText } from "@/lib/review/ratings";
import { formatDate, formatPounds } from "@/components/ui/format";
import { LevelTag, RatingTag } from "@/components/review/rating-tag";

const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

type Level = 1 | 2;

/** Lists are cut to keep each area on one sheet; the CSV has every entry. */
const MAX_ITEMS = 3;
function more(total: number, max = MAX_ITEMS) {
  return total > max ? <li className="muted">and {total - max} more in the CSV and on the area&rsquo;s review pages</li> : null;
}

function Section({ title, wide, level, children }: { title: string; wide?: boolean; level: Level; children: ReactNode }) {
  const Heading = level === 1 ? "h2" : "h3";
  return (
    <section className={wide ? "rv-pack-section rv-pack-section-wide" : "rv-pack-section"}>
      <Heading className="rv-pack-heading">{title}</Heading>
      {children}
    </section>
  );
}

function Figures({ figures, label }: { figures: PackFigure[]; label: string }) {
  return (
    <table>
      <caption className="visually-hidden">{label}</caption>
      <tbody>
        {figures.map((f) => (
          <tr key={`${f.label}-${f.detail ?? ""}`}>
            <th scope="row">{f.label}</th>
            <td className="numeric">{f.value}</td>
            <td>{f.detail ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Key indicators: the area dashboard's focus indicators. `figures` are already suppressed
 * on the server ("c" for small counts); null when no indicator is linked to the area.
 */
export function PackIndicatorsSection({ figures, level = 1 }: { figures: PackFigure[] | null; level?: Level }) {
  return (
    <Section title="Key indicators" level={level}>
      {figures && figures.length ? (
        <Figures figures={figures} label="Key indicators" />
      ) : (
        <p className="rv-pack-empty">No indicator is linked to the area&rsquo;s outcome measures yet. Link them on the area&rsquo;s Indicators page and their latest figures appear here, with small numbers suppressed.</p>
      )}
    </Section>
  );
}

/** The School Health Hub's reach and budget; null while the hub module is not wired in. */
export function PackHubSection({ figures, level = 1 }: { figures: PackFigure[] | null; level?: Level }) {
  return (
    <Section title="School Health Hub" level={level}>
      {figures && figures.length ? (
        <Figures figures={figures} label="School Health Hub" />
      ) : (
        <p className="rv-pack-empty">Hub figures will appear here when the area&rsquo;s School Health Hub records its services, sessions and budget on the platform.</p>
      )}
    </Section>
  );
}

function lessonLines(pack: Pack): string[] {
  return [
    ...pack.lessons.workedWell.map((l) => `Worked well: ${l}`),
    ...pack.lessons.couldBeBetter.map((l) => `Could have worked better: ${l}`),
    ...pack.lessons.otherModels.map((l) => `From another model: ${l}`),
    ...pack.findings.map((f) => `Shared at ${f.venue} with ${f.audience}, ${day(f.sharedOn)} (${FINDINGS_ABOUT_LABELS[f.about].toLowerCase()})`),
  ];
}

/**
 * One area's review pack, laid out to print on one A4 page (app/review.css). `level` 1
 * when the pack is the page (its title is the h1), 2 when several packs share a page.
 */
export function ReviewPack({ pack, level = 1 }: { pack: Pack; level?: Level }) {
  const Title = level === 1 ? "h1" : "h2";
  const ap = pack.actionPlan;
  return (
    <article className="rv-pack" aria-labelledby={`pack-${pack.area.slug}`}>
      <header className="rv-pack-head">
        <div>
          <Title id={`pack-${pack.area.slug}`} className="rv-pack-title">
            Review pack: {pack.area.name}
          </Title>
          <p className="muted">{pack.partnershipName}</p>
        </div>
        <p className="muted">
          Prepared {day(pack.generatedOn)} · cycle {pack.cycle}
        </p>
      </header>
      <div className="rv-pack-grid">
        <Section title="Phase and checklist" level={level}>
          <p>
            <strong>
              Phase {pack.blueprint.phase}: {pack.blueprint.phaseName}
            </strong>{" "}
            ({pack.blueprint.daysInPhase} days). {pack.blueprint.gate.met} of {pack.blueprint.gate.required} required items met or waived.
          </p>
          <ul className="rv-pack-list">
            {pack.blueprint.items.map((i) => (
              <li key={i.title}>
                <strong>{itemStatusLabel(i.status)}</strong>: {i.title}
                {i.required ? "" : " (optional)"}
              </li>
            ))}
          </ul>
        </Section>
        <Section title="Focus priority and Statement of Intent" level={level}>
          <p>
            <strong>Focus issue:</strong> {pack.focus ?? "not agreed yet"}
          </p>
          <p>
            <strong>Statement of Intent:</strong> {statementLabel(pack.statement)}.{" "}
            {pack.statement.asks ? `${pack.statement.asksAnswered} of ${pack.statement.asks} asks of commissioners answered.` : ""}
          </p>
        </Section>
        <Section title="Action plan progress" level={level}>
          <p>
            {ap.items} items: {ap.done} done, {ap.inProgress} in progress, {ap.notStarted} not started, {ap.blocked} blocked. {ap.overdue} overdue. RAG: {ap.rag.green} green, {ap.rag.amber} amber, {ap.rag.red} red.
          </p>
        </Section>
        <PackIndicatorsSection figures={pack.indicators} level={level} />
        <Section title="Community budget" level={level}>
          {pack.budget ? (
            <table>
              <caption className="visually-hidden">Community budget {pack.budget.financialYear}</caption>
              <tbody>
                <tr>
                  <th scope="row">Pot {pack.budget.financialYear}</th>
                  <td className="numeric">{formatPounds(pack.budget.potPence)}</td>
                </tr>
                <tr>
                  <th scope="row">Allocated to rounds</th>
                  <td className="numeric">{formatPounds(pack.budget.allocatedPence)}</td>
                </tr>
                <tr>
                  <th scope="row">Awarded ({pack.budget.awards} awards)</th>
                  <td className="numeric">{formatPounds(pack.budget.awardedPence)}</td>
                </tr>
                <tr>
                  <th scope="row">Spent</th>
                  <td className="numeric">{formatPounds(pack.budget.spentPence)}</td>
                </tr>
              </tbody>
            </table>
          ) : (
            <p className="rv-pack-empty">No community budget yet.</p>
          )}
        </Section>
        <PackHubSection figures={pack.hub} level={level} />
        <Section title="Capability analysis" level={level}>
          {pack.capability.assessedOn ? (
            <>
              <p>
                Latest assessment {day(pack.capability.assessedOn)}
                {pack.capability.complete ? "" : `: incomplete (still to rate ${pack.capability.missing.join(", ")})`}.
              </p>
              <table>
                <caption className="visually-hidden">Capability ratings and their movement</caption>
                <thead>
                  <tr>
                    <th scope="col">Area</th>
                    <th scope="col">Rating</th>
                    <th scope="col">Movement</th>
                  </tr>
                </thead>
                <tbody>
                  {pack.capability.rows.map((r) => (
                    <tr key={r.name}>
                      <th scope="row">{r.name}</th>
                      <td>
                        <RatingTag rating={r.rating} />
                      </td>
                      <td>{r.movement ? movementText(r.movement, r.previous ? RAG_LABELS[r.previous] : null) : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p className="rv-pack-empty">No capability analysis yet.</p>
          )}
        </Section>
        <Section title="Collective impact" level={level}>
          {pack.conditions.assessedOn ? (
            <>
              <p>Self-assessed {day(pack.conditions.assessedOn)}.</p>
              <ul className="rv-pack-list">
                {pack.conditions.rows.map((r) => (
                  <li key={r.name}>
                    {r.name}: {r.level ? <LevelTag level={r.level} /> : "not assessed"}
                    {r.movement && r.movement !== "first" ? ` (${movementText(r.movement, r.previous ? CONDITION_LEVEL_LABELS[r.previous] : null).toLowerCase()})` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="rv-pack-empty">No collective-impact self-assessment yet.</p>
          )}
        </Section>
        <Section title="Case studies" level={level}>
          {pack.caseStudies.shown.length ? (
            <ul className="rv-pack-list">
              {pack.caseStudies.shown.slice(0, MAX_ITEMS).map((c) => (
                <li key={c.title}>
                  <strong>{c.title}</strong>: {c.whatItShows} <span className="muted">({CONSENT_SCOPE_LABELS[c.consentScope].toLowerCase()})</span>
                </li>
              ))}
              {more(pack.caseStudies.shown.length)}
            </ul>
          ) : (
            <p className="rv-pack-empty">No case study in this cycle with consent to share with the board.</p>
          )}
          {pack.caseStudies.withheld ? <p className="muted">{pack.caseStudies.withheld} more with consent for the convening partnership only, not shown.</p> : null}
        </Section>
        <Section title="Feedback highlights" level={level}>
          <p>
            {pack.feedback.summaries
              .filter((s) => s.count > 0)
              .map((s) => `${FEEDBACK_SOURCE_LABELS[s.source]}: ${s.count}${s.averageRating !== null ? ` (average ${s.averageRating.toFixed(1)} of 5)` : ""}`)
              .join("; ") || "No feedback in this cycle yet."}
          </p>
          <ul className="rv-pack-list">
            {pack.feedback.highlights.map((f, i) => (
              <li key={i}>
                &ldquo;{f.comments}&rdquo; <span className="muted">({f.role}, {day(f.receivedOn)})</span>
              </li>
            ))}
          </ul>
        </Section>
        <Section title="Early impact" level={level}>
          {pack.earlyImpact.length ? (
            <ul className="rv-pack-list">
              {pack.earlyImpact.slice(0, MAX_ITEMS).map((e, i) => (
                <li key={i}>
                  {e.statement} <span className="muted">({e.evidence.join("; ")})</span>
                </li>
              ))}
              {more(pack.earlyImpact.length)}
            </ul>
          ) : (
            <p className="rv-pack-empty">No early impact collated in this cycle yet.</p>
          )}
        </Section>
        <Section title="Lessons and findings shared" level={level}>
          {pack.lessons.workedWell.length + pack.lessons.couldBeBetter.length + pack.lessons.otherModels.length + pack.findings.length === 0 ? <p className="rv-pack-empty">None recorded in this cycle yet.</p> : null}
          <ul className="rv-pack-list">
            {lessonLines(pack)
              .slice(0, 2 * MAX_ITEMS)
              .map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            {more(lessonLines(pack).length, 2 * MAX_ITEMS)}
          </ul>
        </Section>
      </div>
      <p className="rv-pack-foot">Records of cycle {pack.cycle}; capability and collective-impact ratings are the latest, with their movement since the one before. No child-level personal data.</p>
    </article>
  );
}

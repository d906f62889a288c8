import { createElement, type ReactNode } from "react";
import { RichText } from "@/lib/richtext/render";
import { INTRODUCTION_HEADING, type StatementContent } from "@/lib/statement/content";
import { PRINT_HEADINGS } from "@/lib/statement/sections";
import { formatDate } from "@/components/ui/format";

export type DocumentMark =
  | { kind: "published"; number: number; agreedOn: Date; agreedAtMeeting: string | null; publishedAt: Date }
  | { kind: "draft"; agreedOn: Date | null; agreedAtMeeting: string | null; savedAt: Date };

/** Long partner lists start on a new page when printed, so the list is not split across two. */
const LONG_PARTNER_LIST = 12;

function Heading({ level, className, children }: { level: number; className: string; children: ReactNode }) {
  return createElement(`h${Math.min(level, 6)}`, { className }, children);
}

function agreement(agreedOn: Date | null, meeting: string | null): string {
  if (!agreedOn) return "";
  return `Agreed on ${formatDate(agreedOn)}${meeting ? ` at ${meeting}` : ""}`;
}

/**
 * A Statement of Intent laid out as the Holme Wood model: the programme's masthead, the
 * area, then each section under the model's own heading. Used by the print view, the
 * shared link and the read-only view; `level` is the rank of its title heading, so it
 * can sit under a page's own h1. Empty sections are left out rather than printed bare.
 */
export function StatementDocument({ content, areaName, mark, level = 1 }: { content: StatementContent; areaName: string; mark: DocumentMark; level?: 1 | 2 }) {
  const section = level + 1;
  const hasAcademic = content.academicPartners.trim() !== "" || content.academicQuestions.length > 0;
  return (
    <article className="soi" aria-label={`Statement of Intent: ${areaName}`}>
      {mark.kind === "draft" ? (
        <p className="soi-draft-mark">
          <strong>Draft</strong>
          {mark.agreedOn ? ` · ${agreement(mark.agreedOn, mark.agreedAtMeeting)}, not yet published` : " · not yet agreed by the convening partnership"} · saved{" "}
          {formatDate(mark.savedAt)}
        </p>
      ) : null}
      <header className="soi-masthead">
        <p className="soi-brand">{PRINT_HEADINGS.brand}</p>
        <p className="soi-strapline">{PRINT_HEADINGS.strapline}</p>
        <Heading level={level} className="soi-title">
          <span className="soi-title-kind">{PRINT_HEADINGS.document}</span> <span className="soi-title-area">{areaName}</span>
        </Heading>
      </header>

      {content.introduction.trim() ? (
        <section className="soi-section">
          <Heading level={section} className="soi-heading">
            {content.title.trim() || INTRODUCTION_HEADING}
          </Heading>
          <RichText source={content.introduction} className="soi-prose" />
        </section>
      ) : null}

      {content.priority.trim() || content.whyItMatters.length ? (
        <section className="soi-section">
          <Heading level={section} className="soi-heading">
            {content.priority.trim() ? PRINT_HEADINGS.priority(content.priority.trim()) : "Why this is a priority:"}
          </Heading>
          {content.whyItMatters.length ? (
            <ul className="soi-list">
              {content.whyItMatters.map((e) => (
                <li key={e.id}>{e.text}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {content.voices.length ? (
        <section className="soi-section">
          <Heading level={section} className="soi-heading">
            {PRINT_HEADINGS.voices}
          </Heading>
          {content.voices.map((v) => (
            <figure key={v.id} className="soi-voice">
              <blockquote className="soi-quote">
                <p>“{v.quote}”</p>
              </blockquote>
              <figcaption className="soi-role">{v.role}</figcaption>
            </figure>
          ))}
        </section>
      ) : null}

      {content.mandate.trim() ? (
        <section className="soi-section">
          <Heading level={section} className="soi-heading">
            {PRINT_HEADINGS.mandate}
          </Heading>
          <RichText source={content.mandate} className="soi-prose" />
        </section>
      ) : null}

      {content.figures.length ? (
        <section className="soi-section">
          <Heading level={section} className="soi-heading">
            {PRINT_HEADINGS.figures}
          </Heading>
          {content.figures.map((f) => (
            <figure key={f.id} className="soi-figure">
              <p className="soi-figure-text">{f.figure}</p>
              <figcaption className="soi-source">
                {[f.source, f.period].filter((s) => s.trim()).join(", ")}
                {f.indicatorCode ? <span className="soi-indicator"> (indicator {f.indicatorCode})</span> : null}
              </figcaption>
            </figure>
          ))}
        </section>
      ) : null}

      {content.actions.length ? (
        <section className="soi-section">
          <Heading level={section} className="soi-heading">
            {PRINT_HEADINGS.actions}
          </Heading>
          <ul className="soi-list">
            {content.actions.map((e) => (
              <li key={e.id}>{e.text}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {content.outcomes.length ? (
        <section className="soi-section">
          <Heading level={section} className="soi-heading">
            {PRINT_HEADINGS.outcomes}
          </Heading>
          <ul className="soi-list">
            {content.outcomes.map((e) => (
              <li key={e.id}>{e.text}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {content.asks.length || hasAcademic ? (
        <section className="soi-section">
          <Heading level={section} className="soi-heading">
            {PRINT_HEADINGS.asks}
          </Heading>
          <ul className="soi-list">
            {content.asks.map((e) => (
              <li key={e.id}>{e.text}</li>
            ))}
            {hasAcademic ? (
              <li>
                {content.academicPartners.trim() || PRINT_HEADINGS.academicFallback}
                {content.academicQuestions.length ? (
                  <ul className="soi-list soi-sublist">
                    {content.academicQuestions.map((q) => (
                      <li key={q.id}>{q.text}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      {content.partners.length ? (
        <section className={content.partners.length > LONG_PARTNER_LIST ? "soi-section soi-partners-section soi-partners-long" : "soi-section soi-partners-section"}>
          <Heading level={section} className="soi-heading">
            {PRINT_HEADINGS.partners}
          </Heading>
          <ul className="soi-partners">
            {content.partners.map((p) => (
              <li key={p.organisationId}>{p.name}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <footer className="soi-footer">
        {mark.kind === "published" ? (
          <p>
            Version {mark.number} · {agreement(mark.agreedOn, mark.agreedAtMeeting)} · published {formatDate(mark.publishedAt)}
          </p>
        ) : (
          <p>Draft, not a published version · saved {formatDate(mark.savedAt)}</p>
        )}
      </footer>
    </article>
  );
}

import { COLUMN_CODES, COLUMNS, type ColumnKey, type TheoryContent } from "@/lib/theory-of-change/content";
import { theoryChains } from "@/lib/theory-of-change/completeness";

type Props = {
  content: TheoryContent;
  /** Prefixes the entries' ids, so two diagrams can share a page. */
  idPrefix?: string;
  /** The level of the diagram's own headings. */
  level?: 2 | 3;
};

const FLOWS_ON: Partial<Record<ColumnKey, string>> = { waysOfWorking: "Leads to", activities: "Leads to", outcomes: "Leads to" };

/**
 * The theory of change as the guide draws it: four linked columns read left to right
 * ("If we… and do… then… and so…"), each entry naming, as links, the entries of the next
 * column it leads to; then what it rests on, the vision, and the chains as sentences for
 * anyone who reads better in prose (or with a screen reader).
 */
export function TheoryDiagram({ content, idPrefix = "toc", level = 2 }: Props) {
  const H = `h${level}` as "h2" | "h3";
  const Sub = `h${level + 1}` as "h3" | "h4";
  const codeOf = (key: ColumnKey, id: string) => {
    const index = content[key].findIndex((n) => n.id === id);
    return index < 0 ? null : `${COLUMN_CODES[key]}${index + 1}`;
  };
  const chains = theoryChains(content);

  return (
    <div className="toc">
      {content.focus ? (
        <p className="toc-focus">
          <span className="toc-focus-label">Focus:</span> {content.focus}
        </p>
      ) : null}
      <div className="toc-columns">
        {COLUMNS.map((column, c) => {
          const next = COLUMNS[c + 1]?.key;
          return (
            <section key={column.key} className={`toc-column toc-column-${column.key}`} aria-labelledby={`${idPrefix}-h-${column.key}`}>
              <H id={`${idPrefix}-h-${column.key}`} className="toc-column-title">
                <span className="toc-lead">{column.label}</span>
                <span className="toc-column-heading">{column.heading}</span>
              </H>
              {content[column.key].length === 0 ? (
                <p className="toc-empty">Nothing here yet.</p>
              ) : (
                <ol className="toc-cards">
                  {content[column.key].map((node, i) => {
                    const code = `${COLUMN_CODES[column.key]}${i + 1}`;
                    const links = next ? node.leadsTo.map((id) => codeOf(next, id)).filter((x): x is string => x !== null) : [];
                    return (
                      <li key={node.id} id={`${idPrefix}-${code}`} className="toc-card" tabIndex={-1}>
                        <span className="toc-code">{code}</span>
                        <p className="toc-card-text">{node.text}</p>
                        {"indicatorCodes" in node && node.indicatorCodes.length ? (
                          <p className="toc-indicators">
                            Shown by: {node.indicatorCodes.map((code) => <span key={code} className="toc-indicator">{code}</span>)}
                          </p>
                        ) : null}
                        {next && FLOWS_ON[column.key] ? (
                          links.length ? (
                            <p className="toc-leads">
                              <span aria-hidden="true">→ </span>
                              {FLOWS_ON[column.key]}{" "}
                              {links.map((l, k) => (
                                <span key={l}>
                                  {k > 0 ? ", " : null}
                                  <a href={`#${idPrefix}-${l}`}>{l}</a>
                                </span>
                              ))}
                            </p>
                          ) : (
                            <p className="toc-leads toc-leads-none">Not linked to the next column yet</p>
                          )
                        ) : null}
                      </li>
                    );
                  })}
                </ol>
              )}
            </section>
          );
        })}
      </div>

      <div className="toc-grounds">
        <section aria-labelledby={`${idPrefix}-h-assumptions`}>
          <Sub id={`${idPrefix}-h-assumptions`} className="toc-grounds-title">
            Grounded in our key assumptions
          </Sub>
          {content.assumptions.length ? (
            <ul>
              {content.assumptions.map((a) => (
                <li key={a.id}>{a.text}</li>
              ))}
            </ul>
          ) : (
            <p className="toc-empty">No assumptions written down yet.</p>
          )}
        </section>
        {content.foundations.length ? (
          <section aria-labelledby={`${idPrefix}-h-foundations`}>
            <Sub id={`${idPrefix}-h-foundations`} className="toc-grounds-title">
              Based on our theoretic foundations
            </Sub>
            <ul className="toc-foundations">
              {content.foundations.map((f) => (
                <li key={f.id}>{f.text}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {content.vision || content.mission ? (
          <section aria-labelledby={`${idPrefix}-h-vision`} className="toc-vision">
            <Sub id={`${idPrefix}-h-vision`} className="toc-grounds-title">
              And so… our vision will be realised
            </Sub>
            {content.vision ? <p>{content.vision}</p> : null}
            {content.mission ? (
              <p>
                <strong>Our mission:</strong> {content.mission}
              </p>
            ) : null}
          </section>
        ) : null}
      </div>

      {chains.length ? (
        <details className="toc-chains">
          <summary>Read it as sentences ({chains.length})</summary>
          <ol>
            {chains.map((chain, i) => (
              <li key={i}>
                {(
                  [
                    ["If we…", chain.wayOfWorking],
                    ["…and do…", chain.activity],
                    ["then…", chain.outcome],
                    ["and so…", chain.impact],
                  ] as const
                )
                  .filter(([, text]) => text !== null)
                  .map(([lead, text]) => (
                    <span key={lead} className="toc-chain-step">
                      <strong className="toc-chain-lead">{lead}</strong> {text}{" "}
                    </span>
                  ))}
                {chain.impact ? null : <em className="muted">(the chain stops here)</em>}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

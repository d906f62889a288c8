import type { TheoryDiff } from "@/lib/theory-of-change/diff";

const KIND_LABELS = { added: "Added", removed: "Removed", reworded: "Reworded", relinked: "Links changed" } as const;

/** The changes from one version to another, list by list, in words. */
export function TheoryDiffView({ diff, from, to }: { diff: TheoryDiff; from: number; to: number }) {
  if (diff.lists.length === 0 && diff.texts.length === 0) return <p>Versions {from} and {to} are the same.</p>;
  return (
    <div className="toc-diff">
      {diff.texts.map((t) => (
        <section key={t.label} className="toc-diff-list" aria-label={t.label}>
          <h3 className="toc-diff-title">{t.label}</h3>
          <p>
            <del>{t.before || "(empty)"}</del>
          </p>
          <p>
            <ins>{t.after || "(empty)"}</ins>
          </p>
        </section>
      ))}
      {diff.lists.map((list) => (
        <section key={list.key} className="toc-diff-list" aria-label={list.heading}>
          <h3 className="toc-diff-title">{list.heading}</h3>
          <ul>
            {list.changes.map((c, i) => (
              <li key={i} className={`toc-diff-${c.kind}`}>
                <span className="toc-diff-kind">{KIND_LABELS[c.kind]}</span> {c.code ? <span className="toc-code">{c.code}</span> : null}{" "}
                {c.kind === "removed" ? <del>{c.text}</del> : c.kind === "added" ? <ins>{c.text}</ins> : c.text}
                {c.kind === "reworded" ? (
                  <>
                    {" "}
                    <span className="muted">(was: </span>
                    <del>{c.before}</del>
                    <span className="muted">)</span>
                  </>
                ) : null}
                {c.kind === "relinked" ? <span className="muted"> now leads to {c.links?.length ? c.links.join(", ") : "nothing"}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

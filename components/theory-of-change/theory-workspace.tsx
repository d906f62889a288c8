import Link from "next/link";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/ui/format";
import { TheoryDiagram } from "@/components/theory-of-change/theory-diagram";
import { TheoryDiffView } from "@/components/theory-of-change/theory-diff-view";
import { TheoryVersions } from "@/components/theory-of-change/theory-versions";
import { theoryDiff } from "@/lib/theory-of-change/diff";
import { getTheoryVersion, type TheoryRecord, type TheoryVersion } from "@/lib/theory-of-change/services/queries";
import type { TenantContext } from "@/lib/tenancy/context";

export type TheoryView = { kind: "latest" } | { kind: "version"; number: number } | { kind: "compare"; from: number; to: number };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const num = (v: string | string[] | undefined) => {
  const s = one(v);
  return s && /^\d{1,6}$/.test(s) ? Number(s) : undefined;
};

/** `?version=2` or `?compare=1&with=2`; anything else shows the latest version. */
export function theoryView(params: Record<string, string | string[] | undefined>): TheoryView {
  const from = num(params.compare);
  const to = num(params.with);
  if (from !== undefined && to !== undefined && from !== to) return { kind: "compare", from, to };
  const version = num(params.version);
  return version !== undefined ? { kind: "version", number: version } : { kind: "latest" };
}

function savedLine(v: TheoryVersion): string {
  return `Version ${v.number}, saved ${formatDateTime(v.createdAt)}${v.createdBy ? ` by ${v.createdBy}` : ""}.`;
}

/**
 * The body of a theory of change page, for an area or the partnership: the diagram of the
 * latest version (or of an earlier one, or what changed between two), the editor the page
 * passes when the viewer may write, and the list of versions.
 */
export async function TheoryWorkspace({
  ctx,
  theory,
  base,
  view,
  editor,
  emptyText,
}: {
  ctx: TenantContext;
  theory: TheoryRecord | null;
  base: string;
  view: TheoryView;
  editor: ReactNode;
  emptyText: string;
}) {
  if (!theory) {
    return (
      <>
        <p className="muted">{emptyText}</p>
        {editor ? (
          <section id="edit" aria-labelledby="edit-heading" className="record-section">
            <h2 id="edit-heading" className="section-title">
              Write the theory of change
            </h2>
            {editor}
          </section>
        ) : null}
      </>
    );
  }

  const latest = theory.latest;
  let body: ReactNode;
  let shown = latest.number;
  if (view.kind === "compare") {
    const [a, b] = await Promise.all([getTheoryVersion(ctx, theory.id, view.from), getTheoryVersion(ctx, theory.id, view.to)]);
    body =
      a && b ? (
        <section aria-labelledby="compare-heading" className="record-section">
          <h2 id="compare-heading" className="section-title">
            What changed from version {a.number} to version {b.number}
          </h2>
          {b.changeNote ? (
            <p>
              <strong>Note on version {b.number}:</strong> {b.changeNote}
            </p>
          ) : null}
          <TheoryDiffView diff={theoryDiff(a.content, b.content)} from={a.number} to={b.number} />
          <p>
            <Link href={base}>Back to the latest version</Link>
          </p>
        </section>
      ) : (
        <Notice tone="warning" title="There is no such version to compare.">
          <p>
            <Link href={base}>Show the latest version</Link>
          </p>
        </Notice>
      );
  } else {
    const wanted = view.kind === "version" ? await getTheoryVersion(ctx, theory.id, view.number) : latest;
    const version = wanted ?? latest;
    shown = version.number;
    body = (
      <section id="diagram" aria-labelledby="diagram-heading" className="record-section">
        <h2 id="diagram-heading" className="section-title">
          {version.number === latest.number ? "The theory of change" : `Version ${version.number} of the theory of change`}
        </h2>
        {view.kind === "version" && !wanted ? <Notice tone="warning" title={`There is no version ${view.number}; this is the latest.`} /> : null}
        {version.number !== latest.number ? (
          <Notice tone="info" title={`You are reading version ${version.number}. The latest is version ${latest.number}.`}>
            <p>
              <Link href={base}>Show the latest version</Link>
            </p>
          </Notice>
        ) : null}
        <p className="muted toc-saved">{savedLine(version)}</p>
        <TheoryDiagram content={version.content} />
      </section>
    );
  }

  return (
    <>
      {body}
      {editor ? (
        <section id="edit" aria-labelledby="edit-heading" className="record-section">
          <h2 id="edit-heading" className="section-title">
            Change the theory of change
          </h2>
          <p className="muted">Starts from the latest version. Each save keeps a new version; earlier versions stay as they were.</p>
          {editor}
        </section>
      ) : null}
      <section id="versions" aria-labelledby="versions-heading" className="record-section">
        <h2 id="versions-heading" className="section-title">
          Versions
        </h2>
        <TheoryVersions versions={theory.versions} base={base} shown={view.kind === "compare" ? -1 : shown} />
      </section>
    </>
  );
}

import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import type { TheoryVersionSummary } from "@/lib/theory-of-change/services/queries";

/** Every saved version, newest first, each with what changed and why; none can be changed. */
export function TheoryVersions({ versions, base, shown }: { versions: TheoryVersionSummary[]; base: string; shown: number }) {
  return (
    <div className="data-table-wrap">
      <table className="data-table toc-versions">
        <caption className="visually-hidden">Versions of the theory of change, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">What changed and why</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.number} aria-current={v.number === shown ? "true" : undefined}>
              <th scope="row">
                {v.number}
                {v.number === versions[0]!.number ? <span className="muted"> (latest)</span> : null}
              </th>
              <td>
                {formatDateTime(v.createdAt)}
                {v.createdBy ? <span className="muted"> by {v.createdBy}</span> : null}
                {v.cycle ? <span className="muted">, cycle {v.cycle}</span> : null}
              </td>
              <td>{v.changeNote ?? <span className="muted">{v.number === 1 ? "First version" : "No note"}</span>}</td>
              <td className="toc-version-links">
                {v.number === shown ? <span className="muted">Shown above</span> : <Link href={`${base}?version=${v.number}`}>View version {v.number}</Link>}
                {v.number > 1 ? <Link href={`${base}?compare=${v.number - 1}&with=${v.number}`}>Compare version {v.number} with {v.number - 1}</Link> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

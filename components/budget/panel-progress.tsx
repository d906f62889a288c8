import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/fields";
import { assignPanellistAction } from "@/lib/budget/actions";
import { PANELLIST_KIND_LABELS, type PanelProgress } from "@/lib/budget/services/panel-queries";

const CELL_LABELS = { to_declare: "Not started", conflicted: "Conflict declared", to_score: "Scoring", submitted: "Scored" } as const;

/** For the co-ordinator: the panel, where each panellist is with each application, and the form to add one. */
export function PanelSection({ progress, hidden, roundId, canAssign }: { progress: PanelProgress; hidden: { partnership: string; area: string }; roundId: string; canAssign: boolean }) {
  return (
    <>
      {progress.panellists.length === 0 ? (
        <p className="muted">No panellists yet. Choose members, community representatives and young people who will score the applications.</p>
      ) : (
        <div className="data-table-wrap" role="region" aria-label="Panel progress" tabIndex={0}>
          <table className="data-table budget-progress">
            <caption>Who has scored what</caption>
            <thead>
              <tr>
                <th scope="col">Panellist</th>
                {progress.applications.map((a) => (
                  <th key={a.id} scope="col">
                    {a.organisationName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {progress.panellists.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name} <span className="muted">({PANELLIST_KIND_LABELS[p.kind]})</span>
                  </th>
                  {progress.applications.map((a) => (
                    <td key={a.id}>{CELL_LABELS[progress.cells[`${p.id}:${a.id}`] ?? "to_declare"]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canAssign && progress.candidates.length ? (
        <ActionForm action={assignPanellistAction} {...hidden} submitLabel="Add to the panel" resetOnSuccess>
          <input type="hidden" name="roundId" value={roundId} />
          <div className="budget-form-grid">
            <SelectField name="userId" label="Member" options={[{ value: "", label: "Choose a member" }, ...progress.candidates.map((c) => ({ value: c.userId, label: c.name }))]} />
            <SelectField name="kind" label="Speaks for" options={Object.entries(PANELLIST_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
          </div>
        </ActionForm>
      ) : null}
    </>
  );
}

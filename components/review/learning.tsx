import { deleteLearningAction, recordEarlyImpactAction, recordFindingAction, recordLessonAction } from "@/lib/review/actions";
import { EVIDENCE_KIND_LABELS, FINDINGS_ABOUT_LABELS, LESSON_KIND_LABELS, LESSON_KINDS } from "@/lib/review/labels";
import type { EarlyImpactView, FindingView, LessonView } from "@/lib/review/services/learning";
import type { LessonKind } from "@/lib/generated/prisma/enums";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";

type Hidden = { partnership: string; area: string };

const cycleNote = (cycle: number, showCycles: boolean) => (showCycles ? ` · cycle ${cycle}` : "");
const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

function Delete({ hidden, kind, id, label, what }: { hidden: Hidden; kind: "early_impact" | "lesson" | "finding"; id: string; label: string; what: string }) {
  return <ConfirmButton action={deleteLearningAction} fields={{ ...hidden, kind, id }} label={label} confirmTitle={`Delete ${what}?`} confirmText="It is taken off the area's review records and the checklist is worked out again without it. The audit log keeps what it said." confirmLabel="Delete" />;
}

/** The early-impact statements, each with the indicator movements and outputs that support it. */
export function EarlyImpactList({ items, hidden, canDelete, showCycles }: { items: EarlyImpactView[]; hidden: Hidden; canDelete: boolean; showCycles: boolean }) {
  if (!items.length) return <EmptyState title="No early impact collated yet" text="Write down the early impact as the convening partnership defines it, with the indicator movements and outputs that show it." />;
  return (
    <ul className="rv-cards" aria-label="Early impact">
      {items.map((i, n) => (
        <li key={i.id} className="rv-card">
          <p className="record-prewrap">
            <strong>{i.statement}</strong>
          </p>
          <ul className="rv-pack-list" aria-label="What supports it">
            {i.evidence.map((e, k) => (
              <li key={k}>
                {EVIDENCE_KIND_LABELS[e.kind]}: {e.description}
              </li>
            ))}
          </ul>
          <p className="muted">
            Recorded {formatDate(i.createdAt)}
            {cycleNote(i.cycle, showCycles)}
          </p>
          {canDelete ? <Delete hidden={hidden} kind="early_impact" id={i.id} label={`Delete early-impact statement ${n + 1}`} what="this early-impact statement" /> : null}
        </li>
      ))}
    </ul>
  );
}

const EVIDENCE_ROWS = 3;

export function EarlyImpactForm({ hidden }: { hidden: Hidden }) {
  return (
    <ActionForm action={recordEarlyImpactAction} {...hidden} submitLabel="Save the early impact" resetOnSuccess>
      <TextAreaField name="statement" label="Early impact" hint="As the convening partnership defines it, e.g. “Young people on the estate say they feel safer in the evenings.”" rows={3} />
      <p className="muted">What supports it: at least one indicator movement or output. Leave rows you do not need blank.</p>
      {Array.from({ length: EVIDENCE_ROWS }, (_, i) => (
        <fieldset key={i} className="record-fieldset">
          <legend>Evidence {i + 1}</legend>
          <div className="rv-grid">
            <SelectField
              name={`evidence.${i}.kind`}
              label="Kind"
              options={[
                { value: "indicator_movement", label: EVIDENCE_KIND_LABELS.indicator_movement },
                { value: "output", label: EVIDENCE_KIND_LABELS.output },
              ]}
              defaultValue={i === 0 ? "indicator_movement" : "output"}
            />
            <TextField name={`evidence.${i}.description`} label="What moved, or what was delivered" hint={i === 0 ? "e.g. Persistent absence 14.2% → 11.8% (2024/25 to 2025/26)" : "e.g. 64 young people reached by evening sessions"} />
          </div>
        </fieldset>
      ))}
    </ActionForm>
  );
}

/** Lessons by kind: what worked well, what could have worked better, and what other place-based models taught. */
export function LessonList({ items, hidden, canDelete, showCycles }: { items: LessonView[]; hidden: Hidden; canDelete: boolean; showCycles: boolean }) {
  if (!items.length) return <EmptyState title="No lessons recorded yet" text="Reflect with the strategic board and the convening partnership, including community members and young people, on what worked well and what could have worked better." />;
  return (
    <>
      {LESSON_KINDS.map((kind: LessonKind) => {
        const own = items.filter((l) => l.kind === kind);
        if (!own.length) return null;
        return (
          <div key={kind}>
            <h3 className="subsection-title">{LESSON_KIND_LABELS[kind]}</h3>
            <ul className="rv-cards" aria-label={LESSON_KIND_LABELS[kind]}>
              {own.map((l, n) => (
                <li key={l.id} className="rv-card">
                  {l.modelName ? (
                    <p>
                      <strong>{l.modelName}</strong>
                    </p>
                  ) : null}
                  <p className="record-prewrap">{l.text}</p>
                  {kind !== "other_model" ? (
                    <p className="muted">
                      {l.agreedWithBoard && l.agreedWithConvening
                        ? "Agreed with the strategic board and the convening partnership"
                        : l.agreedWithBoard
                          ? "Agreed with the strategic board; not yet with the convening partnership"
                          : l.agreedWithConvening
                            ? "Agreed with the convening partnership; not yet with the strategic board"
                            : "Not yet agreed with the strategic board or the convening partnership"}
                      {cycleNote(l.cycle, showCycles)}
                    </p>
                  ) : showCycles ? (
                    <p className="muted">Cycle {l.cycle}</p>
                  ) : null}
                  {canDelete ? <Delete hidden={hidden} kind="lesson" id={l.id} label={`Delete lesson ${n + 1} (${LESSON_KIND_LABELS[kind].toLowerCase()})`} what="this lesson" /> : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

export function LessonForm({ hidden }: { hidden: Hidden }) {
  return (
    <ActionForm action={recordLessonAction} {...hidden} submitLabel="Save the lesson" resetOnSuccess>
      <SelectField name="kind" label="Kind of lesson" options={[{ value: "", label: "Choose the kind of lesson" }, ...LESSON_KINDS.map((k) => ({ value: k, label: LESSON_KIND_LABELS[k] }))]} />
      <TextAreaField name="text" label="The lesson" rows={3} />
      <TextField name="modelName" label="Which place-based model (for lessons from another model)" hint="e.g. Reach Foundation, Feltham; AllChild, Wigan" />
      <CheckboxField name="agreedWithBoard" label="Agreed with the strategic partnership board" />
      <CheckboxField name="agreedWithConvening" label="Agreed with the convening partnership, including community members and young people" />
    </ActionForm>
  );
}

export function FindingList({ items, hidden, canDelete, showCycles }: { items: FindingView[]; hidden: Hidden; canDelete: boolean; showCycles: boolean }) {
  if (!items.length) return <EmptyState title="No findings shared yet" text="Record where the partnership shared its findings on the methodology and the impact, and with whom." />;
  return (
    <ul className="rv-cards" aria-label="Findings shared">
      {items.map((f) => (
        <li key={f.id} className="rv-card">
          <p>
            <strong>{f.venue}</strong>, with {f.audience}, on {day(f.sharedOn)}
          </p>
          <p className="muted">
            About: {FINDINGS_ABOUT_LABELS[f.about].toLowerCase()}
            {cycleNote(f.cycle, showCycles)}
          </p>
          {f.summary ? <p className="record-prewrap">{f.summary}</p> : null}
          {f.link ? (
            <p>
              <a href={f.link} rel="noopener noreferrer">
                What was shared<span className="visually-hidden"> at {f.venue}</span>
              </a>
            </p>
          ) : null}
          {canDelete ? <Delete hidden={hidden} kind="finding" id={f.id} label={`Delete the findings shared at ${f.venue}`} what="this record of findings shared" /> : null}
        </li>
      ))}
    </ul>
  );
}

export function FindingForm({ hidden, today }: { hidden: Hidden; today: string }) {
  return (
    <ActionForm action={recordFindingAction} {...hidden} submitLabel="Save the findings shared" resetOnSuccess>
      <div className="rv-grid">
        <TextField name="venue" label="Where" hint="e.g. Bradford Education Alliance board; a regional conference" />
        <TextField name="audience" label="With whom" hint="e.g. board members and commissioners" />
        <TextField name="sharedOn" label="Date" type="date" defaultValue={today} />
        <SelectField name="about" label="About" options={[{ value: "", label: "Choose what they were about" }, ...(["methodology", "impact", "both"] as const).map((a) => ({ value: a, label: FINDINGS_ABOUT_LABELS[a] }))]} />
      </div>
      <TextAreaField name="summary" label="What was shared (optional)" rows={3} />
      <TextField name="link" label="Link to the slides or report (optional)" type="url" />
    </ActionForm>
  );
}

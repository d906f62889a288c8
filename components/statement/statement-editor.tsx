"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { RichTextField } from "@/lib/richtext/editor";
import { saveStatementAction } from "@/lib/statement/actions";
import { INTRODUCTION_HEADING, type StatementContent, type StatementEntry, type StatementFigure, type StatementPartner, type StatementVoice } from "@/lib/statement/content";
import { SECTION_LABELS, type StatementSectionKey } from "@/lib/statement/sections";
import { RowList } from "@/components/statement/row-list";
import { UnsavedGuard } from "@/components/ui/unsaved-guard";
import type { ReactNode } from "react";

type Props = {
  partnership: string;
  area: string;
  statementId: string;
  revision: number;
  content: StatementContent;
  organisations: { id: string; name: string }[];
  /** By voice id: roles of the saved text that look like a person's name. */
  voiceWarnings: Record<string, string>;
};

function EditorSection({ id, title, intro, children }: { id: StatementSectionKey; title?: string; intro?: ReactNode; children: ReactNode }) {
  return (
    // A plain section (not a named region): a dozen landmarks would crowd the landmark list; the headings navigate.
    <section id={`edit-${id}`} className="soi-edit-section">
      <h3 className="soi-edit-title">
        {title ?? SECTION_LABELS[id]}
      </h3>
      {intro ? <div className="soi-edit-intro">{intro}</div> : null}
      {children}
    </section>
  );
}

const blankEntry = (): StatementEntry => ({ id: "", text: "" });

function EntryRows({ section, noun, label, hint, max, initial }: { section: StatementSectionKey; noun: string; label: string; hint?: string; max: number; initial: StatementEntry[] }) {
  return (
    <RowList section={section} noun={noun} max={max} initial={initial} idOf={(e) => e.id} blank={blankEntry}>
      {({ value, name }) => <TextAreaField name={name("text")} label={label} hint={hint} defaultValue={value.text} rows={2} />}
    </RowList>
  );
}

/**
 * The whole Statement of Intent in one form, section by section in the model's order.
 * One "Save statement" saves everything with the revision the page was opened at
 * (a save from an older revision is refused, and the typed text stays in the form).
 * The sections re-mount when a save produces a new revision, starting from the saved text.
 */
export function StatementEditor({ partnership, area, statementId, revision, content, organisations, voiceWarnings }: Props) {
  const organisationOptions = [{ value: "", label: "Choose an organisation" }, ...organisations.map((o) => ({ value: o.id, label: o.name }))];
  return (
    <ActionForm action={saveStatementAction} partnership={partnership} area={area} submitLabel="Save statement" className="soi-editor">
      <input type="hidden" name="statementId" value={statementId} />
      <input type="hidden" name="revision" value={revision} />
      <UnsavedGuard key={revision} className="soi-edit-sections">
        <EditorSection id="introduction" intro={<p>Why schools and early years settings lead this work, and what your Act Locally group decided.</p>}>
          <TextField name="title" label="Introduction heading" hint={`The model uses "${INTRODUCTION_HEADING}".`} defaultValue={content.title} />
          <RichTextField name="introduction" label="Introduction" defaultValue={content.introduction} rows={10} />
        </EditorSection>

        <EditorSection id="priority" title="The priority and why it matters">
          <TextField name="priority" label="Priority" hint='Printed as "… is a priority:".' defaultValue={content.priority} />
          <EntryRows section="whyItMatters" noun="reason" label="Why it matters" max={30} initial={content.whyItMatters} />
        </EditorSection>

        <EditorSection
          id="voices"
          intro={
            <p>
              What people in the community said, with their role. <strong>Never write a person&apos;s name</strong>: give a role such as &quot;Youth Worker&quot; or
              &quot;Parent&quot;, and quote only people who agreed to be quoted.
            </p>
          }
        >
          <RowList<StatementVoice>
            section="voices"
            noun="community voice"
            max={20}
            initial={content.voices}
            idOf={(v) => v.id}
            // The type says consent is true once saved; a new row's box still starts unticked (see defaultChecked).
            blank={() => ({ id: "", quote: "", role: "", consent: true })}
            note={(v) =>
              voiceWarnings[v.id] ? (
                <p className="soi-row-warning">
                  <strong>Check the role: </strong>
                  {voiceWarnings[v.id]}
                </p>
              ) : null
            }
          >
            {({ value, name }) => (
              <>
                <TextAreaField name={name("quote")} label="Quote" defaultValue={value.quote} rows={3} />
                <TextField name={name("role")} label="Role" hint="A role such as Youth Worker or School Leader, never a personal name." defaultValue={value.role} />
                <CheckboxField name={name("consent")} label="The speaker agreed to their words being used here" defaultChecked={value.id !== "" && value.consent} />
              </>
            )}
          </RowList>
        </EditorSection>

        <EditorSection id="mandate" intro={<p>Who the convening partnership brings together, and why it has the community&apos;s mandate to act.</p>}>
          <RichTextField name="mandate" label="Our community mandate for change" defaultValue={content.mandate} rows={8} />
        </EditorSection>

        <EditorSection id="figures" intro={<p>Each figure with the source it comes from and the period it covers.</p>}>
          <RowList<StatementFigure>
            section="figures"
            noun="data figure"
            max={30}
            initial={content.figures}
            idOf={(f) => f.id}
            blank={() => ({ id: "", figure: "", source: "", period: "", indicatorCode: "" })}
          >
            {({ value, name }) => (
              <>
                <TextAreaField name={name("figure")} label="Figure" hint="As it should read, e.g. “By year 8, 1 in 10 children have been stopped by the police.”" defaultValue={value.figure} rows={2} />
                <div className="soi-row-grid">
                  <TextField name={name("source")} label="Source" defaultValue={value.source} />
                  <TextField name={name("period")} label="Period" hint="e.g. 2022-23" defaultValue={value.period} />
                  <TextField name={name("indicatorCode")} label="Indicator code (optional)" hint="Links the figure to an indicator series." defaultValue={value.indicatorCode} />
                </div>
              </>
            )}
          </RowList>
        </EditorSection>

        <EditorSection id="actions" intro={<p>What the convening partnership has committed to do. Each action can become an item of the action plan.</p>}>
          <EntryRows section="actions" noun="action" label="Action" max={40} initial={content.actions} />
        </EditorSection>

        <EditorSection id="outcomes" intro={<p>What will be different for children and young people.</p>}>
          <EntryRows section="outcomes" noun="outcome" label="Outcome" max={20} initial={content.outcomes} />
        </EditorSection>

        <EditorSection id="asks" intro={<p>What you need from commissioners and partners to unlock barriers. Responses to each ask are recorded further down the page.</p>}>
          <EntryRows section="asks" noun="ask" label="Ask" hint="Start with “We’d like…”." max={40} initial={content.asks} />
        </EditorSection>

        <EditorSection id="academicPartners" title="Academic partners" intro={<p>Printed as the last ask, with the questions under it.</p>}>
          <TextAreaField
            name="academicPartners"
            label="Who we'd like expert input from"
            hint="e.g. “We'd like expert input from academics from the Centre for Applied Education Research. This will help us answer:”"
            defaultValue={content.academicPartners}
            rows={3}
          />
          <EntryRows section="academicQuestions" noun="question" label="Question" max={20} initial={content.academicQuestions} />
        </EditorSection>

        <EditorSection id="partners" intro={<p>Organisations of the partnership that stand behind this statement. Add a missing one on the Organisations page first.</p>}>
          <RowList<StatementPartner>
            section="partners"
            noun="partner"
            max={60}
            initial={content.partners}
            idOf={(p) => p.organisationId}
            postId={false}
            blank={() => ({ organisationId: "", name: "" })}
          >
            {({ value, name }) => <SelectField name={name("organisationId")} label="Organisation" options={organisationOptions} defaultValue={value.organisationId} />}
          </RowList>
        </EditorSection>
      </UnsavedGuard>
    </ActionForm>
  );
}

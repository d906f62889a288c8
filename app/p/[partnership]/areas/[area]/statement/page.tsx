import type { Metadata } from "next";
import Link from "next/link";
import { loadStatementPage, versionParam } from "@/lib/statement/page-data";
import { getStatementFormOptions, getStatementVersion, listAskResponses } from "@/lib/statement/services/queries";
import { listShareLinks } from "@/lib/statement/services/share-links";
import { voiceWarnings } from "@/lib/statement/voices";
import { startStatementAction } from "@/lib/statement/actions";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import { ukToday } from "@/lib/blueprint/today";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/ui/action-form";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { itemsAt, RecordSection } from "@/components/blueprint/record-section";
import { StatementStatus } from "@/components/statement/statement-status";
import { StatementEditor } from "@/components/statement/statement-editor";
import { StatementDocument } from "@/components/statement/statement-document";
import { AskResponses, type AskRow } from "@/components/statement/ask-responses";
import { ShareLinks } from "@/components/statement/share-links";
import "@/app/statement.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ published?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await loadStatementPage(partnership, area);
  return { title: `Statement of Intent · ${ref.name}` };
}

export default async function StatementPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const justPublished = versionParam((await searchParams).published);
  const { ctx, area, workspace, base, canWrite } = await loadStatementPage(partnership, areaSlug);
  const { focus, statement } = workspace;
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const header = (
    <>
      <PageHeader
        title="Statement of Intent"
        description={
          focus
            ? `For the focus priority “${focus.title}”: the problem locally with data and lived experience, the actions the convening partnership commits to, the outcomes it wants and what it asks of commissioners.`
            : "The problem locally with data and lived experience, agreed actions, desired outcomes and asks of commissioners, for the area's focus priority."
        }
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Statement of Intent" }]}
        actions={
          statement ? (
            <>
              <LinkButton href={`${base}/statement/print`} variant="secondary">
                Print view
              </LinkButton>
              <LinkButton href={`${base}/statement/versions`} variant="secondary">
                Versions
              </LinkButton>
            </>
          ) : undefined
        }
      />
      <AreaTabs base={base} current="statement" />
    </>
  );

  if (!focus) {
    return (
      <>
        {header}
        <EmptyState
          title="No focus priority yet"
          text="The Statement of Intent is written for the area's focus issue: the first of the three focus priorities agreed and ranked in Plan & Prioritise."
          action={<Link href={`${base}/plan-prioritise`}>Rank the focus priorities on Plan &amp; Prioritise</Link>}
        />
      </>
    );
  }

  if (!statement) {
    return (
      <>
        {header}
        <EmptyState
          title="No Statement of Intent yet"
          text={
            canWrite
              ? `Start the statement for “${focus.title}”. It opens with the model's headings and an introduction to rewrite; nothing is shared until you publish it.`
              : `The co-ordinator has not started the statement for “${focus.title}” yet.`
          }
          action={
            canWrite ? (
              <ActionForm action={startStatementAction} {...hidden} submitLabel="Start the Statement of Intent" pendingLabel="Starting…">
                {null}
              </ActionForm>
            ) : undefined
          }
        />
      </>
    );
  }

  const today = ukToday();
  const latest = statement.versions[0];
  const [view, options, responses, links, published] = await Promise.all([
    getBlueprintView(ctx, area.id, today),
    getStatementFormOptions(ctx, area.id),
    listAskResponses(ctx, statement.id),
    canWrite ? listShareLinks(ctx, area.id, statement.id) : Promise.resolve([]),
    latest ? getStatementVersion(ctx, statement.id, latest.number) : Promise.resolve(null),
  ]);
  const phase3 = view.phases[2]?.items ?? [];
  // Responses follow the asks of the draft, and of the published version where the draft has dropped one.
  const draftAskIds = new Set(statement.content.asks.map((a) => a.id));
  const asks: AskRow[] = [...statement.content.asks, ...(published?.content.asks ?? []).filter((a) => !draftAskIds.has(a.id)).map((a) => ({ ...a, onlyIn: published!.number }))];

  return (
    <>
      {header}
      {canWrite ? null : <p className="muted record-readonly">You can read this statement. Only a co-ordinator of {area.name} can change it.</p>}
      {latest && justPublished === latest.number ? (
        <Notice tone="success" title={`Published as version ${latest.number}.`}>
          <p>
            The print view and shared links now show this version. It can no longer be changed: later edits start a new draft.{" "}
            <Link href={`${base}/statement/print?version=${latest.number}`}>Print version {latest.number}</Link>
          </p>
        </Notice>
      ) : null}

      <RecordSection id="status" title="Where it stands" items={itemsAt(phase3, "statement")}>
        <StatementStatus statement={statement} base={base} {...hidden} canWrite={canWrite} meetings={options.meetings} today={today} />
      </RecordSection>

      {canWrite ? (
        <section id="edit" aria-labelledby="edit-heading" className="record-section">
          <h2 id="edit-heading" className="section-title">
            Write the statement
          </h2>
          <p className="muted">Everything is saved together with “Save statement” at the end of the form. Rows you leave empty are left out.</p>
          <StatementEditor
            {...hidden}
            statementId={statement.id}
            revision={statement.revision}
            content={statement.content}
            organisations={options.organisations}
            voiceWarnings={voiceWarnings(statement.content.voices, options.memberNames)}
          />
        </section>
      ) : (
        <section id="read" aria-labelledby="read-heading" className="record-section">
          <h2 id="read-heading" className="visually-hidden">
            The statement
          </h2>
          <div className="soi-sheet">
            <StatementDocument
              content={statement.content}
              areaName={area.name}
              level={2}
              mark={
                statement.state === "published" && latest
                  ? { kind: "published", number: latest.number, agreedOn: latest.agreedOn, agreedAtMeeting: latest.agreedAtMeeting, publishedAt: latest.publishedAt }
                  : { kind: "draft", agreedOn: statement.agreedOn, agreedAtMeeting: statement.agreedAtMeeting?.title ?? null, savedAt: statement.updatedAt }
              }
            />
          </div>
        </section>
      )}

      <RecordSection id="asks" title="Responses to our asks" items={itemsAt(phase3, "statement#asks")}>
        <AskResponses asks={asks} responses={responses} statementId={statement.id} {...hidden} canWrite={canWrite} />
      </RecordSection>

      {canWrite ? (
        <section id="share" aria-labelledby="share-heading" className="record-section">
          <h2 id="share-heading" className="section-title">
            Share a read-only link
          </h2>
          <ShareLinks links={links} published={statement.versions.length > 0} statementId={statement.id} {...hidden} />
        </section>
      ) : null}
    </>
  );
}

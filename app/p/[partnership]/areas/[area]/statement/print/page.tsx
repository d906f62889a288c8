import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { loadStatementPage, versionParam } from "@/lib/statement/page-data";
import { getStatementDocument } from "@/lib/statement/services/queries";
import { formatDate } from "@/components/ui/format";
import { StatementDocument } from "@/components/statement/statement-document";
import { PrintButton } from "@/components/statement/print-button";
import "@/app/statement.css";

type Props = { params: Promise<{ partnership: string; area: string }>; searchParams: Promise<{ version?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await loadStatementPage(partnership, area);
  // The browser offers the title as the PDF's file name.
  return { title: `Statement of Intent – ${ref.name}` };
}

/**
 * The statement laid out like the Holme Wood model, for reading and printing on A4:
 * the latest published version by default, `?version=n` for an earlier one, or
 * `?version=draft` for the working copy, marked "Draft". The app's header and navigation,
 * and this page's own controls, are left off the printout (app/statement.css).
 */
export default async function StatementPrintPage({ params, searchParams }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area, workspace, base } = await loadStatementPage(partnership, areaSlug);
  const statement = workspace.statement;
  if (!statement) notFound();
  const wanted = versionParam((await searchParams).version);
  const doc = await getStatementDocument(ctx, statement, wanted === "draft" ? { draft: true } : { version: wanted });
  if (!doc) notFound();
  const shown = doc.kind === "draft" ? "draft" : String(doc.version?.number);

  return (
    <div className="soi-print-page">
      <div className="soi-print-bar no-print">
        <Breadcrumbs items={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Statement of Intent", href: `${base}/statement` }, { label: "Print view" }]} />
        <div className="soi-print-controls">
          <form method="get" className="soi-print-choose">
            <label htmlFor="print-version" className="field-label">
              Text to print
            </label>
            <select id="print-version" name="version" className="input select" defaultValue={shown}>
              {statement.versions.map((v) => (
                <option key={v.number} value={String(v.number)}>
                  Version {v.number}, published {formatDate(v.publishedAt)}
                </option>
              ))}
              <option value="draft">Working copy ({statement.state === "published" ? "same as the latest version" : "draft"})</option>
            </select>
            <button type="submit" className="button button-secondary">
              Show
            </button>
          </form>
          <PrintButton />
        </div>
        {doc.kind === "draft" && statement.versions.length === 0 ? <p className="muted">Nothing is published yet: this is the working copy, marked as a draft.</p> : null}
      </div>
      <div className="soi-sheet">
        <StatementDocument
          content={doc.content}
          areaName={area.name}
          mark={
            doc.kind === "published" && doc.version
              ? { kind: "published", number: doc.version.number, agreedOn: doc.version.agreedOn, agreedAtMeeting: doc.version.agreedAtMeeting, publishedAt: doc.version.publishedAt }
              : { kind: "draft", agreedOn: doc.agreedOn, agreedAtMeeting: doc.agreedAtMeeting, savedAt: doc.updatedAt }
          }
        />
      </div>
    </div>
  );
}

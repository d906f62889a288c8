import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePartnership } from "@/lib/tenancy/page";
import { isAppError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { canReadUploads, canUpload } from "@/lib/indicators/uploads/services/access";
import { firstRejections, getBatch, listBatchValues } from "@/lib/indicators/uploads/services/queries";
import { commitBatchAction, discardBatchAction, rollbackBatchAction } from "@/lib/indicators/uploads/actions";
import { FORMAT_LABELS, statusLabel } from "@/lib/indicators/uploads/display";
import { summaryHeadline } from "@/lib/indicators/uploads/summary";
import { describeBytes } from "@/lib/indicators/uploads/pipeline";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Pagination } from "@/components/ui/pagination";
import { formatDateTime } from "@/components/ui/format";
import { BatchPreview } from "@/components/indicators/batch-preview";
import { BatchValues } from "@/components/indicators/batch-values";
import "@/app/indicators-uploads.css";

type Props = { params: Promise<{ partnership: string; batch: string }>; searchParams: Promise<{ page?: string; committed?: string; created?: string }> };

async function load(partnership: string, batchId: string) {
  const { ctx } = await requirePartnership(partnership);
  if (!canReadUploads(ctx) || !z.string().uuid().safeParse(batchId).success) notFound();
  try {
    return { ctx, batch: await getBatch(ctx, batchId) };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, batch } = await params;
  const { batch: b } = await load(partnership, batch);
  return { title: `${b.fileName} · Uploads` };
}

export default async function BatchPage({ params, searchParams }: Props) {
  const { partnership, batch: batchId } = await params;
  const { ctx, batch } = await load(partnership, batchId);
  const base = `/p/${ctx.partnershipSlug}/indicators/uploads`;
  const summary = batch.summary;
  const uploader = canUpload(ctx);
  const staged = batch.status === "staged" && summary !== null && uploader;
  const query = await searchParams;
  const page = Number(query.page ?? "1") || 1;
  const [rejections, values, existing] = await Promise.all([
    summary ? firstRejections(ctx, batch.id) : Promise.resolve([]),
    batch.status === "committed" || batch.status === "rolled_back" ? listBatchValues(ctx, batch.id, page) : Promise.resolve(null),
    staged ? db().indicatorDefinition.findMany({ where: { partnershipId: ctx.partnershipId }, orderBy: { name: "asc" }, select: { id: true, name: true, code: true } }) : Promise.resolve([]),
  ]);
  const hidden = { partnership: ctx.partnershipSlug, batchId: batch.id };
  return (
    <>
      <PageHeader
        title={batch.fileName}
        description={`${statusLabel(batch)}. ${summary ? summaryHeadline(summary) : ""}`}
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: "Uploads", href: base }, { label: batch.fileName }]}
      />
      {query.committed && batch.status === "committed" ? (
        <Notice tone="success" title={`Committed: ${Number(query.committed).toLocaleString("en-GB")} values are now shown`}>
          {Number(query.created) > 0 ? <p>{Number(query.created)} new indicator{Number(query.created) === 1 ? " was" : "s were"} added to the partnership&apos;s catalogue.</p> : null}
        </Notice>
      ) : null}
      {batch.refusal ? (
        <Notice tone="error" title="This file was refused">
          <p>{batch.refusal}</p>
        </Notice>
      ) : null}
      {batch.reading ? <Notice tone="info" title="The file is still being read">
        <p>{batch.rowsRead.toLocaleString("en-GB")} rows read so far. Reload the page in a moment to see the preview.</p>
      </Notice> : null}
      {batch.status === "rolled_back" ? (
        <Notice tone="warning" title="Rolled back">
          <p>
            Rolled back {batch.rolledBackAt ? formatDateTime(batch.rolledBackAt) : ""}
            {batch.rolledBackBy ? ` by ${batch.rolledBackBy}` : ""}. Its cells show what they showed before it was committed (or a later upload&apos;s values).
          </p>
        </Notice>
      ) : null}

      <dl className="meta-list upload-meta">
        <div>
          <dt>Uploaded</dt>
          <dd>
            {formatDateTime(batch.createdAt)} by {batch.uploadedBy ?? "a former member"}
            {batch.channel === "api" ? ` through the API${batch.tokenName ? ` (token “${batch.tokenName}”)` : ""}` : ""}
          </dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{FORMAT_LABELS[batch.format]}</dd>
        </div>
        <div>
          <dt>Size and fingerprint (SHA-256)</dt>
          <dd>
            {batch.bytes ? `${describeBytes(batch.bytes)}, ` : ""}
            <code className="upload-hash-full">{batch.sha256 || "not read to the end"}</code>
          </dd>
        </div>
        {batch.committedAt ? (
          <div>
            <dt>Committed</dt>
            <dd>
              {formatDateTime(batch.committedAt)}
              {batch.committedBy ? ` by ${batch.committedBy}` : ""}
            </dd>
          </div>
        ) : null}
      </dl>

      {staged ? (
        <section aria-labelledby="commit-heading" className="record-section upload-decision">
          <h2 id="commit-heading" className="section-title">
            Commit or discard
          </h2>
          <p>Nothing of this file is shown until you commit it. Committing writes every accepted value at once; you can roll it back later.</p>
          <div className="button-row">
            <ActionForm action={commitBatchAction} partnership={ctx.partnershipSlug} submitLabel="Commit this upload" pendingLabel="Committing…">
              <input type="hidden" name="batchId" value={batch.id} />
            </ActionForm>
            <ConfirmButton
              action={discardBatchAction}
              fields={hidden}
              label="Discard this upload"
              confirmTitle={`Discard ${batch.fileName}?`}
              confirmText="Its staged values and rejected rows are deleted. The file's record stays in the history as discarded."
              confirmLabel="Discard"
            />
          </div>
        </section>
      ) : null}
      {batch.status === "committed" && uploader ? (
        <section aria-labelledby="rollback-heading" className="record-section upload-decision">
          <h2 id="rollback-heading" className="section-title">
            Roll back
          </h2>
          <p>Rolling back stops this upload&apos;s values being shown. Each of its cells shows again what it showed before; cells a later upload changed keep that upload&apos;s values.</p>
          <ConfirmButton
            action={rollbackBatchAction}
            fields={hidden}
            label="Roll back this upload"
            confirmTitle={`Roll back ${batch.fileName}?`}
            confirmText={`Its ${summary?.values.toLocaleString("en-GB") ?? ""} values stop being shown, and the values from before it come back. This is recorded in the audit log.`}
            confirmLabel="Roll back"
          />
        </section>
      ) : null}

      {summary ? (
        <BatchPreview
          partnership={ctx.partnershipSlug}
          batchId={batch.id}
          summary={summary}
          names={batch.indicatorNames}
          existing={existing}
          rejections={rejections}
          rejectionsHref={`${base}/${batch.id}/rejections`}
          editable={staged}
        />
      ) : null}

      {values ? (
        <section aria-labelledby="values-heading" className="record-section">
          <h2 id="values-heading" className="section-title">
            Values in this upload
          </h2>
          {values.total === 0 ? (
            <p className="muted">This upload wrote no values.</p>
          ) : (
            <>
              <BatchValues
                batchId={batch.id}
                rows={values.rows}
                names={batch.indicatorNames}
                caption={`${values.total.toLocaleString("en-GB")} values, by line (small counts show as c)`}
                hrefFor={(id) => `${base}/${id}`}
              />
              <Pagination page={values.page} pages={values.pages} href={(p) => `${base}/${batch.id}?page=${p}`} />
            </>
          )}
        </section>
      ) : null}
    </>
  );
}

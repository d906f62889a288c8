import type { Metadata } from "next";
import Link from "next/link";
import { requirePartnership } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { notFound } from "next/navigation";
import { canReadUploads, canUpload } from "@/lib/indicators/uploads/services/access";
import { listBatches } from "@/lib/indicators/uploads/services/queries";
import { discardStaleBatches } from "@/lib/indicators/uploads/services/batches";
import { listMappings } from "@/lib/indicators/uploads/services/mappings";
import { deleteMappingAction } from "@/lib/indicators/uploads/actions";
import { FORMAT_LABELS, shortHash, statusLabel } from "@/lib/indicators/uploads/display";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDateTime } from "@/components/ui/format";
import "@/app/indicators-uploads.css";

export const metadata: Metadata = { title: "Indicator uploads" };

type Props = { params: Promise<{ partnership: string }>; searchParams: Promise<{ page?: string; discarded?: string }> };

export default async function UploadsPage({ params, searchParams }: Props) {
  const { ctx } = await requirePartnership((await params).partnership);
  if (!canReadUploads(ctx)) notFound();
  const uploader = canUpload(ctx);
  const query = await searchParams;
  if (uploader) await discardStaleBatches(ctx);
  const [history, mappings] = await Promise.all([listBatches(ctx, Number(query.page ?? "1") || 1), listMappings(ctx)]);
  const base = `/p/${ctx.partnershipSlug}/indicators/uploads`;
  return (
    <>
      <PageHeader
        title="Indicator uploads"
        description="Every file uploaded for this partnership: who sent it, when, its fingerprint (SHA-256), what was read and whether it is shown. A committed upload can be rolled back; its cells then show what they showed before it."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: "Indicator data", href: `/p/${ctx.partnershipSlug}/indicators` }, { label: "Uploads" }]}
        actions={
          <>
            {uploader ? <LinkButton href={`${base}/new`}>Upload a file</LinkButton> : null}
            <LinkButton href={`${base}/template`} variant="secondary" prefetch={false}>
              Download the template
            </LinkButton>
            {can(ctx.grants, "api.tokens") ? (
              <LinkButton href={`${base}/tokens`} variant="secondary">
                API tokens
              </LinkButton>
            ) : null}
          </>
        }
      />
      {query.discarded ? <Notice tone="success" title="The upload is discarded: nothing of it was kept." /> : null}
      {history.total === 0 ? (
        <EmptyState title="No uploads yet" text="Upload a Fingertips export, a DfE explore education statistics file, the platform's template or any CSV whose columns you map. You see a preview before anything is shown." />
      ) : (
        <>
          <DataTable
            caption={`${history.total} uploads, newest first`}
            columns={[
              { key: "file", header: "File" },
              { key: "when", header: "Uploaded (UK time)" },
              { key: "who", header: "By" },
              { key: "format", header: "Format" },
              { key: "rows", header: "Rows read / accepted / rejected", numeric: true },
              { key: "status", header: "Status" },
              { key: "sha", header: "SHA-256" },
            ]}
            rows={history.rows.map((b) => ({
              key: b.id,
              cells: {
                file: <Link href={`${base}/${b.id}`}>{b.fileName}</Link>,
                when: formatDateTime(b.createdAt),
                who: `${b.uploadedBy ?? "A former member"}${b.channel === "api" ? ` (API${b.tokenName ? `: ${b.tokenName}` : ""})` : ""}`,
                format: FORMAT_LABELS[b.format],
                rows: `${b.rowsRead.toLocaleString("en-GB")} / ${b.rowsAccepted.toLocaleString("en-GB")} / ${b.rowsRejected.toLocaleString("en-GB")}`,
                status: (
                  <span className={`upload-status-tag upload-status-${b.refusal ? "refused" : b.status}`}>
                    {statusLabel(b)}
                    {b.committedAt && b.status !== "staged" ? <span className="muted"> {b.status === "rolled_back" && b.rolledBackAt ? formatDateTime(b.rolledBackAt) : formatDateTime(b.committedAt)}</span> : null}
                  </span>
                ),
                sha: (
                  <code className="upload-hash" title={b.sha256}>
                    {shortHash(b.sha256)}
                  </code>
                ),
              },
            }))}
          />
          <Pagination page={history.page} pages={history.pages} href={(page) => `${base}?page=${page}`} />
        </>
      )}
      <section aria-labelledby="mappings-heading" className="record-section">
        <h2 id="mappings-heading" className="section-title">
          Saved column mappings
        </h2>
        {mappings.length === 0 ? (
          <p className="muted">None yet. When you map the columns of a file the importer does not recognise, you can save the mapping; a later file with the same columns offers it.</p>
        ) : (
          <DataTable
            caption="Mappings, by name"
            columns={[
              { key: "name", header: "Name" },
              { key: "columns", header: "For files with the columns" },
              { key: "delete", header: "Delete" },
            ]}
            rows={mappings.map((m) => ({
              key: m.id,
              cells: {
                name: m.name,
                columns: m.headerSignature.split("|").join(", "),
                delete: !uploader ? (
                  ""
                ) : (
                  <ConfirmButton
                    action={deleteMappingAction}
                    fields={{ partnership: ctx.partnershipSlug, mappingId: m.id }}
                    label={`Delete ${m.name}`}
                    confirmTitle={`Delete the mapping "${m.name}"?`}
                    confirmText="Uploads already made with it keep their history. The next file with these columns goes through the mapping step again."
                    confirmLabel="Delete"
                  />
                ),
              },
            }))}
          />
        )}
      </section>
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePartnership } from "@/lib/tenancy/page";
import { canReadUploads, canUpload } from "@/lib/indicators/uploads/services/access";
import { uploadLimits } from "@/lib/indicators/uploads/services/stage";
import { describeBytes } from "@/lib/indicators/uploads/pipeline";
import { TEMPLATE_COLUMNS } from "@/lib/indicators/uploads/formats/template";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { LinkButton } from "@/components/ui/button";
import { UploadFlow } from "@/components/indicators/upload-flow";
import "@/app/indicators-uploads.css";

export const metadata: Metadata = { title: "Upload indicator data" };

export default async function NewUploadPage({ params }: { params: Promise<{ partnership: string }> }) {
  const { ctx } = await requirePartnership((await params).partnership);
  if (!canReadUploads(ctx)) notFound();
  const uploader = canUpload(ctx);
  const limits = uploadLimits();
  const base = `/p/${ctx.partnershipSlug}/indicators/uploads`;
  return (
    <>
      <PageHeader
        title="Upload indicator data"
        description={`Nothing is shown until you commit: the file is read, checked and previewed first. Up to ${describeBytes(limits.maxBytes)} and ${limits.maxRows.toLocaleString("en-GB")} rows a file.`}
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: "Uploads", href: base }, { label: "Upload a file" }]}
      />
      {uploader ? null : (
        <Notice tone="info" title="Research partners upload indicator data">
          <p>You can read the upload history, but uploading, committing and rolling back are for the partnership&apos;s research partners.</p>
        </Notice>
      )}
      {uploader ? <UploadFlow partnership={ctx.partnershipSlug} maxBytes={limits.maxBytes} maxBytesLabel={describeBytes(limits.maxBytes)} fields={TEMPLATE_COLUMNS.map((c) => ({ field: c.field, required: c.required, explanation: c.explanation }))} /> : null}
      <section aria-labelledby="template-heading" className="record-section">
        <h2 id="template-heading" className="section-title">
          The platform&apos;s template
        </h2>
        <p>
          One row per indicator, geography, period and breakdown. Columns can come in any order; only the required ones must be there. Figures for geographies outside the partnership&apos;s
          areas are counted and left out. The download has two example rows (Bradford&apos;s published figures): replace them with yours.
        </p>
        <p>
          <LinkButton href={`${base}/template`} variant="secondary" prefetch={false}>
            Download the template (CSV)
          </LinkButton>
        </p>
        <DataTable
          caption="Columns of the template"
          columns={[
            { key: "field", header: "Column" },
            { key: "required", header: "Required" },
            { key: "explanation", header: "What it holds" },
            { key: "example", header: "Example" },
          ]}
          rows={TEMPLATE_COLUMNS.map((c) => ({ key: c.field, cells: { field: <code>{c.field}</code>, required: c.required ? "Yes" : "No", explanation: c.explanation, example: c.example ? <code>{c.example}</code> : "" } }))}
        />
      </section>
    </>
  );
}

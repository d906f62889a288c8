import type { Metadata } from "next";
import { requireCapability, requirePartnership } from "@/lib/tenancy/page";
import { listApiTokens } from "@/lib/indicators/tokens/services";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/indicators/tokens/actions";
import { getEnv } from "@/lib/env";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { TokenCreator } from "@/components/indicators/token-creator";
import "@/app/indicators-uploads.css";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage({ params }: { params: Promise<{ partnership: string }> }) {
  const { ctx } = await requirePartnership((await params).partnership);
  requireCapability(ctx, "api.tokens");
  const tokens = await listApiTokens(ctx);
  const origin = getEnv().NEXTAUTH_URL ?? `http://localhost:${getEnv().PORT}`;
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let R or Python scripts upload indicator files and commit or roll back batches, as you. A token works only for this partnership, only while you are a member, and until it is revoked."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: "Uploads", href: `/p/${ctx.partnershipSlug}/indicators/uploads` }, { label: "API tokens" }]}
      />
      <Card>
        <h2 className="card-title">Create a token</h2>
        <p>The token is shown once, when you create it. Keep it like a password: anyone who has it can act as you in this partnership&apos;s uploads.</p>
        <TokenCreator action={createApiTokenAction} partnership={ctx.partnershipSlug} />
        <p className="muted">
          Use it as <code>Authorization: Bearer &lt;token&gt;</code>, e.g. <code>curl -H &quot;Authorization: Bearer $TOKEN&quot; --data-binary @file.csv &quot;{origin}/api/v1/uploads?fileName=file.csv&quot;</code>. The README shows R and Python.
        </p>
      </Card>
      <section aria-labelledby="tokens-heading" className="record-section">
        <h2 id="tokens-heading" className="section-title">
          Tokens
        </h2>
        {tokens.length === 0 ? (
          <EmptyState title="No tokens yet" text="Create one for each script or machine, so you can revoke one without stopping the others." />
        ) : (
          <DataTable
            caption="API tokens, active first"
            columns={[
              { key: "name", header: "Name" },
              { key: "prefix", header: "Starts with" },
              { key: "owner", header: "Acts as" },
              { key: "created", header: "Created" },
              { key: "used", header: "Last used" },
              { key: "state", header: "Revoke" },
            ]}
            rows={tokens.map((t) => ({
              key: t.id,
              cells: {
                name: t.name,
                prefix: <code>{t.prefix}…</code>,
                owner: t.ownerIsMe ? "You" : t.owner,
                created: formatDateTime(t.createdAt),
                used: t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Never",
                state: t.revokedAt ? (
                  `Revoked ${formatDateTime(t.revokedAt)}`
                ) : (
                  <ConfirmButton
                    action={revokeApiTokenAction}
                    fields={{ partnership: ctx.partnershipSlug, tokenId: t.id }}
                    label={`Revoke ${t.name}`}
                    confirmTitle={`Revoke the token “${t.name}”?`}
                    confirmText="Scripts using it get 401 from their next request. This cannot be undone: create a new token if you need one."
                    confirmLabel="Revoke"
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

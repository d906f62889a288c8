import { revokeShareLinkAction } from "@/lib/statement/actions";
import type { ShareLinkRow } from "@/lib/statement/services/share-links";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/format";
import { ShareLinkCreator } from "@/components/statement/share-link-creator";

/** Create, list and revoke the read-only links to the latest published version. */
export function ShareLinks({ links, published, statementId, partnership, area }: { links: ShareLinkRow[]; published: boolean; statementId: string; partnership: string; area: string }) {
  return (
    <>
      <p>
        Anyone with a share link can read the <strong>latest published version</strong> without signing in: never a draft, and nothing else of the partnership. Revoke a link to
        stop it working.
      </p>
      {published ? (
        <ShareLinkCreator partnership={partnership} area={area} statementId={statementId} />
      ) : (
        <p className="muted">Publish the statement first: there is nothing to share until a version is published.</p>
      )}
      {links.length ? (
        <DataTable
          caption={`${links.length} active share link${links.length === 1 ? "" : "s"}, newest first`}
          columns={[
            { key: "link", header: "Link" },
            { key: "created", header: "Created" },
            { key: "by", header: "Created by" },
            { key: "revoke", header: "Revoke" },
          ]}
          rows={links.map((link, i) => ({
            key: link.id,
            cells: {
              link: `Link ${i + 1}`,
              created: formatDateTime(link.createdAt),
              by: link.createdBy ?? "Unknown",
              revoke: (
                <ConfirmButton
                  action={revokeShareLinkAction}
                  fields={{ partnership, area, linkId: link.id }}
                  label={`Revoke link ${i + 1}`}
                  confirmTitle={`Revoke link ${i + 1}?`}
                  confirmText="Anyone who opens it from now on gets “page not found”. This cannot be undone: create a new link if you need one."
                  confirmLabel="Revoke"
                />
              ),
            },
          }))}
        />
      ) : (
        <p className="muted">No active share links.</p>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { readSharedStatement } from "@/lib/statement/services/share-links";
import { StatementDocument } from "@/components/statement/statement-document";
import { PrintButton } from "@/components/statement/print-button";
import "@/app/statement.css";

type Props = { params: Promise<{ token: string }> };

// A revoked link must stop working at once: never serve this page from a cache.
export const dynamic = "force-dynamic";

const load = cache((token: string) => readSharedStatement(token));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await load((await params).token);
  return {
    title: shared ? `Statement of Intent – ${shared.areaName}` : "Page not found",
    // Shared with whoever holds the link, not with search engines; and the link itself is the key, so no Referer carries it on.
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * A read-only link (no sign-in): the latest published version of one statement and
 * nothing else of the partnership (no navigation, no members, no other areas). A draft
 * is never shown; an unknown or revoked link, or one with nothing published, is a 404.
 */
export default async function SharedStatementPage({ params }: Props) {
  const shared = await load((await params).token);
  if (!shared) notFound();
  return (
    <main id="main" className="soi-shared">
      <div className="soi-print-bar soi-shared-bar no-print">
        <p className="muted">
          Published version {shared.number} of this Statement of Intent, shared read-only.
        </p>
        <PrintButton />
      </div>
      <div className="soi-sheet">
        <StatementDocument
          content={shared.content}
          areaName={shared.areaName}
          mark={{ kind: "published", number: shared.number, agreedOn: shared.agreedOn, agreedAtMeeting: shared.agreedAtMeeting, publishedAt: shared.publishedAt }}
        />
      </div>
    </main>
  );
}

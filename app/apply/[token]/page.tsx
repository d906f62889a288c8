import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPublicRound } from "@/lib/budget/services/public-applications";
import { submitPublicApplicationAction } from "@/lib/budget/actions";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/fields";
import { formatPounds } from "@/components/ui/format";
import "@/app/budget.css";

type Props = { params: Promise<{ token: string }> };

// A round that closes must stop taking applications at once: never serve this page from a cache.
export const dynamic = "force-dynamic";

const load = cache((token: string) => getPublicRound(token));

const longDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const round = await load((await params).token);
  return { title: round ? `Apply: ${round.title}` : "Page not found", robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * The public application form of one funding round (no sign-in): the round's title,
 * criteria, dates and maximum award, and nothing else of the partnership. Once the round
 * is no longer open, the page says so and offers no form.
 */
export default async function ApplyPage({ params }: Props) {
  const { token } = await params;
  const round = await load(token);
  if (!round) notFound();
  return (
    <main id="main" className="budget-apply">
      <p className="muted">{round.areaName} convening partnership · community grants</p>
      <h1 className="page-title">{round.title}</h1>
      <p>
        Open from {longDate(round.opensOn)} to {longDate(round.closesOn)}. The most a project can be awarded is {formatPounds(round.maxAwardPence)}. A panel from the
        community, including young people, scores every application.
      </p>
      <h2 className="section-title">What applications must show</h2>
      <p className="record-prewrap">{round.criteria}</p>
      {round.accepting ? (
        <section aria-labelledby="apply-heading">
          <h2 id="apply-heading" className="section-title">
            Apply
          </h2>
          <ActionForm action={submitPublicApplicationAction} submitLabel="Send the application" pendingLabel="Sending…" resetOnSuccess>
            <input type="hidden" name="token" value={token} />
            <TextField name="organisationName" label="Your organisation or group" />
            <TextField name="contactName" label="Your name" />
            <TextField name="contactEmail" label="Your email" type="email" hint="The co-ordinator will write to you here about the decision." />
            <TextField name="amountRequested" label="Amount you are asking for (£)" hint={`At most ${formatPounds(round.maxAwardPence)}.`} inputMode="decimal" />
            <TextAreaField name="summary" label="What the money will do" rows={5} />
            <TextAreaField name="priorityFit" label="How it helps with the priority" rows={5} />
            <CheckboxField name="aboveAndBeyond" label="This is above and beyond services already delivered locally, not a replacement for them" />
          </ActionForm>
        </section>
      ) : (
        <div className="notice notice-info">
          <p className="notice-title">This round is not taking applications.</p>
          <p>It was open from {longDate(round.opensOn)} to {longDate(round.closesOn)}. Ask the co-ordinator about the next round.</p>
        </div>
      )}
    </main>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/tenancy/page";

export const metadata: Metadata = { title: "Sign in" };

type Search = Promise<{ accepted?: string; email?: string; callbackUrl?: string; nomembership?: string }>;

/** Only same-site paths may be a destination after sign-in. */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const actor = await getActor();
  if (actor && !search.nomembership) redirect(safeCallback(search.callbackUrl));
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Act Locally</p>
        <h1 className="auth-title">Sign in</h1>
        <p className="auth-lead">Schools leading data-driven, place-based partnerships for children.</p>
        {search.accepted ? (
          <Notice tone="success" title="Invitation accepted">
            Sign in with your email and the password you just set.
          </Notice>
        ) : null}
        {search.nomembership ? (
          <Notice tone="warning" title="No partnership yet">
            Your account is not a member of any partnership. Ask your partnership admin to invite you.
          </Notice>
        ) : null}
        <SignInForm defaultEmail={search.email} callbackUrl={safeCallback(search.callbackUrl)} />
      </div>
    </main>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { viewInvitation } from "@/lib/invitations/services/accept-invitation";
import { PASSWORD_RULES } from "@/lib/auth/password";

export const metadata: Metadata = { title: "Accept invitation", robots: { index: false, follow: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await viewInvitation(token);
  if (!invitation) notFound();
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Act Locally</p>
        <h1 className="auth-title">Join {invitation.partnershipName}</h1>
        <p className="auth-lead">
          You are invited as <strong>{invitation.roleLabel.toLowerCase()}</strong>
          {invitation.areaName ? ` for ${invitation.areaName}` : " for the whole partnership"}, as {invitation.email}.
        </p>
        <ActionForm action={acceptInvitationAction} submitLabel="Accept and join" pendingLabel="Joining…">
          <input type="hidden" name="token" value={token} />
          <TextField name="name" label="Your name" autoComplete="name" required />
          <TextField
            name="password"
            type="password"
            label={invitation.existingAccount ? "Your current password" : "Choose a password"}
            hint={invitation.existingAccount ? "You already have an account: confirm it with its password." : `At least ${PASSWORD_RULES.minLength} characters. A few unrelated words work well.`}
            autoComplete={invitation.existingAccount ? "current-password" : "new-password"}
            required
          />
        </ActionForm>
      </div>
    </main>
  );
}

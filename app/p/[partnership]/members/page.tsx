import type { Metadata } from "next";
import { requireCapability, requirePartnership } from "@/lib/tenancy/page";
import { listMembers } from "@/lib/members/services/list-members";
import { listPendingInvitations } from "@/lib/invitations/services/list-invitations";
import { listAreas } from "@/lib/areas/services/list-areas";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "@/lib/members/actions";
import { roleOptions, scopeOptions } from "@/components/members/role-options";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ partnership: string }> }) {
  const { ctx } = await requirePartnership((await params).partnership);
  requireCapability(ctx, "partnership.manage");
  const [members, invitations, areas] = await Promise.all([listMembers(ctx), listPendingInvitations(ctx), listAreas(ctx)]);
  const partnership = ctx.partnershipSlug;
  return (
    <>
      <PageHeader title="Members" description="Who can use this partnership's workspace, in which role and for which areas. Changes apply from the member's next click." />
      <DataTable
        caption={`${members.length} memberships`}
        columns={[
          { key: "person", header: "Person" },
          { key: "role", header: "Role and scope" },
          { key: "change", header: "Change role" },
          { key: "remove", header: "Remove" },
        ]}
        rows={members.map((m) => ({
          key: m.membershipId,
          cells: {
            person: (
              <>
                <strong>{m.name}</strong>
                <br />
                {m.email}
                {m.deactivated ? " (deactivated)" : ""}
              </>
            ),
            role: `${ROLE_LABELS[m.role]} · ${m.area?.name ?? "Whole partnership"}`,
            change: (
              <ActionForm action={changeMemberRoleAction} partnership={partnership} submitLabel="Change">
                <input type="hidden" name="membershipId" value={m.membershipId} />
                <SelectField name="role" label={`Role of ${m.name}`} options={roleOptions} defaultValue={m.role} />
                <SelectField name="areaId" label={`Scope of ${m.name}`} options={scopeOptions(areas)} defaultValue={m.area?.id ?? ""} />
              </ActionForm>
            ),
            remove: (
              <ConfirmButton
                action={removeMemberAction}
                fields={{ partnership, membershipId: m.membershipId }}
                label={`Remove ${m.name}`}
                confirmTitle={`Remove ${m.name}'s ${ROLE_LABELS[m.role].toLowerCase()} role?`}
                confirmText="Their access through this membership ends on their next click. You can invite them again later."
                confirmLabel="Remove"
              />
            ),
          },
        }))}
      />
      <Card>
        <h2 className="card-title">Invite someone</h2>
        <p>They get a single-use link that expires in 7 days and lets them set a password.</p>
        <ActionForm action={inviteMemberAction} partnership={partnership} submitLabel="Send invitation" resetOnSuccess>
          <TextField name="email" type="email" label="Email" autoComplete="off" required />
          <SelectField
            name="role"
            label="Role"
            options={[{ value: "", label: "Choose a role" }, ...roleOptions]}
            hint={ROLES.map((r) => `${ROLE_LABELS[r]}: ${ROLE_DESCRIPTIONS[r]}`).join(" ")}
            required
          />
          <SelectField name="areaId" label="Scope" hint="Board members and partnership admins always cover the whole partnership." options={scopeOptions(areas)} />
        </ActionForm>
      </Card>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="section-title">
          Pending invitations
        </h2>
        {invitations.length === 0 ? (
          <EmptyState title="No pending invitations" text="Invitations that have not been accepted yet appear here until they expire." />
        ) : (
          <DataTable
            caption="Invitations not yet accepted"
            columns={[
              { key: "email", header: "Email" },
              { key: "role", header: "Role and scope" },
              { key: "expires", header: "Expires" },
              { key: "revoke", header: "Withdraw" },
            ]}
            rows={invitations.map((i) => ({
              key: i.id,
              cells: {
                email: i.email,
                role: `${ROLE_LABELS[i.role]} · ${i.area?.name ?? "Whole partnership"}`,
                expires: i.expiresAt < new Date() ? "Expired" : formatDate(i.expiresAt),
                revoke: (
                  <ConfirmButton
                    action={revokeInvitationAction}
                    fields={{ partnership, invitationId: i.id }}
                    label={`Withdraw invitation for ${i.email}`}
                    confirmTitle={`Withdraw the invitation for ${i.email}?`}
                    confirmText="The link stops working at once."
                    confirmLabel="Withdraw"
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

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireCapability, requirePartnership } from "@/lib/tenancy/page";
import { db } from "@/lib/db/client";
import { ORGANISATION_TYPES } from "@/lib/organisations/services/organisations";
import { deleteOrganisationAction, updateOrganisationAction } from "@/lib/organisations/actions";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Edit organisation" };

export default async function OrganisationPage({ params }: { params: Promise<{ partnership: string; organisation: string }> }) {
  const { partnership, organisation } = await params;
  const { ctx } = await requirePartnership(partnership);
  requireCapability(ctx, "partnership.manage");
  const id = z.string().uuid().safeParse(organisation);
  if (!id.success) notFound();
  const org = await db().organisation.findUnique({ where: { partnershipId_id: { partnershipId: ctx.partnershipId, id: id.data } } });
  if (!org) notFound();
  const base = `/p/${ctx.partnershipSlug}`;
  return (
    <>
      <PageHeader title={org.name} breadcrumbs={[{ label: "Organisations", href: `${base}/organisations` }, { label: org.name }]} />
      <ActionForm action={updateOrganisationAction} partnership={ctx.partnershipSlug} submitLabel="Save organisation">
        <input type="hidden" name="organisationId" value={org.id} />
        <TextField name="name" label="Name" defaultValue={org.name} required />
        <SelectField name="type" label="Type" options={ORGANISATION_TYPES.map(([value, label]) => ({ value, label }))} defaultValue={org.type} required />
        <TextField name="urn" label="School URN (optional)" defaultValue={org.urn ?? ""} inputMode="numeric" />
        <TextField name="website" label="Website (optional)" type="url" defaultValue={org.website ?? ""} />
      </ActionForm>
      <Card>
        <h2 className="card-title">Delete this organisation</h2>
        <p>An organisation that an area or another record still names cannot be deleted.</p>
        <ConfirmButton
          action={deleteOrganisationAction}
          fields={{ partnership: ctx.partnershipSlug, organisationId: org.id }}
          label="Delete organisation"
          confirmTitle={`Delete ${org.name}?`}
          confirmText="This cannot be undone. The audit log keeps a record of it."
          confirmLabel="Delete"
          redirectTo={`${base}/organisations`}
        />
      </Card>
    </>
  );
}

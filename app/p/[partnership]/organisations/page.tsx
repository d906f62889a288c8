import type { Metadata } from "next";
import Link from "next/link";
import { requirePartnership } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { listOrganisations, ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES } from "@/lib/organisations/services/organisations";
import { createOrganisationAction } from "@/lib/organisations/actions";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Organisations" };

export default async function OrganisationsPage({ params }: { params: Promise<{ partnership: string }> }) {
  const { ctx } = await requirePartnership((await params).partnership);
  const organisations = await listOrganisations(ctx);
  const manage = can(ctx.grants, "partnership.manage");
  const base = `/p/${ctx.partnershipSlug}`;
  return (
    <>
      <PageHeader
        title="Organisations"
        description="Schools, early-years settings, VCSE groups, health, police, the council and research partners working in this partnership."
      />
      {organisations.length === 0 ? (
        <EmptyState title="No organisations yet" text="Add the schools and partners you work with; areas then name their backbone organisation and research partner from this list." />
      ) : (
        <DataTable
          caption={`${organisations.length} organisations`}
          columns={[
            { key: "name", header: "Name" },
            { key: "type", header: "Type" },
            { key: "urn", header: "School URN" },
          ]}
          rows={organisations.map((o) => ({
            key: o.id,
            cells: {
              name: manage ? <Link href={`${base}/organisations/${o.id}`}>{o.name}</Link> : o.name,
              type: ORGANISATION_TYPE_LABELS[o.type],
              urn: o.urn ?? "",
            },
          }))}
        />
      )}
      {manage ? (
        <Card>
          <h2 className="card-title">Add an organisation</h2>
          <ActionForm action={createOrganisationAction} partnership={ctx.partnershipSlug} submitLabel="Add organisation" resetOnSuccess>
            <TextField name="name" label="Name" required />
            <SelectField name="type" label="Type" options={[{ value: "", label: "Choose a type" }, ...ORGANISATION_TYPES.map(([value, label]) => ({ value, label }))]} required />
            <TextField name="urn" label="School URN (optional)" hint="The 6 or 7 digit unique reference number of a school or setting." inputMode="numeric" />
            <TextField name="website" label="Website (optional)" type="url" />
          </ActionForm>
        </Card>
      ) : null}
    </>
  );
}

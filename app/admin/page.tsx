import type { Metadata } from "next";
import { requirePlatformAdmin } from "@/lib/tenancy/page";
import { actorPartnerships } from "@/lib/tenancy/resolve";
import { listPartnerships } from "@/lib/platform/services/list-partnerships";
import { createPartnershipAction, setUserActiveAction } from "@/lib/platform/actions";
import { AppShell } from "@/components/shell/app-shell";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";

export async function generateMetadata(): Promise<Metadata> {
  await requirePlatformAdmin();
  return { title: "Platform administration" };
}

export default async function PlatformAdminPage() {
  const actor = await requirePlatformAdmin();
  const [partnerships, mine] = await Promise.all([listPartnerships(), actorPartnerships(actor.id)]);
  return (
    <AppShell user={{ name: actor.name, email: actor.email }} roleLabel="Platform admin" partnerships={mine} nav={[{ label: "Partnerships", href: "/admin", current: true }]}>
      <PageHeader
        title="Partnerships"
        description="Each local-authority partnership is a separate tenant. Platform admins create partnerships and invite their first admin; they do not see tenants' content."
      />
      {partnerships.length === 0 ? (
        <EmptyState title="No partnerships yet" text="Create the first local-authority partnership below." />
      ) : (
        <DataTable
          caption={`${partnerships.length} partnerships`}
          columns={[
            { key: "name", header: "Partnership" },
            { key: "la", header: "Local authority code" },
            { key: "areas", header: "Areas", numeric: true },
            { key: "members", header: "Memberships", numeric: true },
            { key: "created", header: "Created" },
          ]}
          rows={partnerships.map((p) => ({
            key: p.id,
            cells: { name: p.name, la: p.laCode ?? "—", areas: p.areaCount, members: p.memberCount, created: formatDate(p.createdAt) },
          }))}
        />
      )}
      <Card>
        <h2 className="card-title">Create a partnership</h2>
        <ActionForm action={createPartnershipAction} submitLabel="Create partnership" resetOnSuccess>
          <TextField name="name" label="Partnership name" hint="For example: Bradford Education Alliance for Life Chances." required />
          <TextField name="slug" label="Web address (optional)" hint="Lower-case letters, numbers and hyphens; made from the name if empty." />
          <TextField name="laCode" label="Local authority code (optional)" hint="The ONS code, for example E08000032 for Bradford." />
          <TextField name="adminEmail" type="email" label="First partnership admin's email" required />
        </ActionForm>
      </Card>
      <Card>
        <h2 className="card-title">Deactivate or reactivate an account</h2>
        <p>A deactivated account is signed out of every partnership on its next click.</p>
        <ActionForm action={setUserActiveAction} submitLabel="Update account">
          <TextField name="email" type="email" label="Email" required />
          <SelectField
            name="active"
            label="Account"
            options={[
              { value: "false", label: "Deactivate" },
              { value: "true", label: "Reactivate" },
            ]}
          />
        </ActionForm>
      </Card>
    </AppShell>
  );
}

import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import type { FormAction } from "@/lib/action/result";

type Option = { value: string; label: string };

export function AreaForm({
  action,
  partnership,
  organisations,
  people,
  area,
  submitLabel,
}: {
  action: FormAction<{ id: string; slug: string }>;
  partnership: string;
  organisations: Option[];
  people: Option[];
  area?: { id: string; name: string; slug: string; backboneOrganisationId: string | null; researchPartnerId: string | null; coordinatorUserId: string | null };
  submitLabel: string;
}) {
  const none = (label: string): Option[] => [{ value: "", label }];
  return (
    <ActionForm action={action} partnership={partnership} submitLabel={submitLabel}>
      {area ? <input type="hidden" name="areaId" value={area.id} /> : null}
      <TextField name="name" label="Area name" hint="For example Holme Wood, or Manningham & Girlington." defaultValue={area?.name} required />
      <TextField name="slug" label="Web address" hint="Lower-case letters, numbers and hyphens. Leave empty to make one from the name." defaultValue={area?.slug} />
      <SelectField name="coordinatorUserId" label="Co-ordinator" options={[...none("Not assigned yet"), ...people]} defaultValue={area?.coordinatorUserId ?? ""} />
      <SelectField
        name="backboneOrganisationId"
        label="Backbone organisation"
        hint="The strategic and place-based convenor, facilitator and enabler."
        options={[...none("Not identified yet"), ...organisations]}
        defaultValue={area?.backboneOrganisationId ?? ""}
      />
      <SelectField
        name="researchPartnerId"
        label="Research & development partner"
        hint="Helps with data, evidence, research insights, monitoring and evaluation."
        options={[...none("Not identified yet"), ...organisations]}
        defaultValue={area?.researchPartnerId ?? ""}
      />
    </ActionForm>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/tenancy/page";
import { can } from "@/lib/auth/permissions";
import { getArea } from "@/lib/areas/services/list-areas";
import { getBlueprintView } from "@/lib/blueprint/services/blueprint-view";
import {
  ASSET_TYPE_LABELS,
  FOCUS_TYPE_LABELS,
  GEOGRAPHY_TYPE_LABELS,
  getAreaFocus,
  listAssets,
  listGeographies,
  listOutcomeMeasures,
  organisationOptions,
} from "@/lib/blueprint/services/records-queries";
import {
  addAssetAction,
  addGeographiesAction,
  addOutcomeMeasureAction,
  removeAssetAction,
  removeGeographyAction,
  removeOutcomeMeasureAction,
  saveAreaFocusAction,
  saveConveningRolesAction,
} from "@/lib/blueprint/actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDateTime } from "@/components/ui/format";
import { AreaTabs } from "@/components/blueprint/area-tabs";
import { AttestedItems, itemsAt, RecordSection } from "@/components/blueprint/record-section";
import { indicatorChoices } from "@/lib/indicators/services/catalogue-view";
import { LinkOutcomeForm } from "@/components/indicators/indicator-forms";

type Props = { params: Promise<{ partnership: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { partnership, area } = await params;
  const { area: ref } = await requireArea(partnership, area);
  return { title: `Access & Connect · ${ref.name}` };
}

const FOCUS_TYPE_OPTIONS = (["town", "ward", "estate", "school_cluster", "deprivation_led"] as const).map((value) => ({ value, label: FOCUS_TYPE_LABELS[value] }));
const GEOGRAPHY_TYPE_OPTIONS = [
  { value: "lsoa", label: "LSOA (lower layer super output area)" },
  { value: "ward", label: "Ward" },
  { value: "msoa", label: "MSOA (middle layer super output area)" },
  { value: "la", label: "Local authority" },
  { value: "school", label: "School URN" },
];
const ASSET_TYPE_OPTIONS = (["school", "early_years", "vcse", "residents", "service", "other"] as const).map((value) => ({ value, label: ASSET_TYPE_LABELS[value] }));

export default async function AccessConnectPage({ params }: Props) {
  const { partnership, area: areaSlug } = await params;
  const { ctx, area: ref } = await requireArea(partnership, areaSlug);
  const [area, view, focus, geographies, assets, measures, organisations] = await Promise.all([
    getArea(ctx, ref.id),
    getBlueprintView(ctx, ref.id),
    getAreaFocus(ctx, ref.id),
    listGeographies(ctx, ref.id),
    listAssets(ctx, ref.id),
    listOutcomeMeasures(ctx, ref.id),
    organisationOptions(ctx),
  ]);
  if (!area) notFound();
  const base = `/p/${ctx.partnershipSlug}/areas/${area.slug}`;
  const canWrite = can(ctx.grants, "area.write", area.id);
  const canLink = can(ctx.grants, "evaluation.write", area.id);
  const choices = canLink && measures.length ? await indicatorChoices(ctx) : [];
  const hidden = { partnership: ctx.partnershipSlug, area: area.slug };
  const items = view.phases[0]?.items ?? [];
  const attested = items.filter((item) => item.kind === "attested");
  const organisationChoices = [{ value: "", label: "Not identified yet" }, ...organisations.map((o) => ({ value: o.id, label: o.name }))];

  return (
    <>
      <PageHeader
        title="Phase 1: Access & Connect"
        description="Secure senior support, name the backbone organisation and research partner, define the area, map its assets and allies, and plan how impact will be measured."
        breadcrumbs={[{ label: "Overview", href: `/p/${ctx.partnershipSlug}` }, { label: area.name, href: base }, { label: "Access & Connect" }]}
      />
      <AreaTabs base={base} current="access-connect" />
      {canWrite ? null : <p className="muted record-readonly">You can read these records. Only a co-ordinator of {area.name} can change them.</p>}

      <RecordSection id="roles" title="Backbone organisation and research partner" items={itemsAt(items, "access-connect#roles")}>
        <dl className="meta-list">
          <div>
            <dt>Backbone organisation</dt>
            <dd>{area.backboneOrganisation?.name ?? "Not identified yet"}</dd>
          </div>
          <div>
            <dt>Research & development partner</dt>
            <dd>{area.researchPartner?.name ?? "Not identified yet"}</dd>
          </div>
        </dl>
        {canWrite ? (
          organisations.length === 0 ? (
            <EmptyState
              title="No organisations to choose from yet"
              text="The backbone organisation and the research partner are chosen from the partnership's organisations. A partnership admin adds them on the Organisations page."
              action={<Link href={`/p/${ctx.partnershipSlug}/organisations`}>Go to Organisations</Link>}
            />
          ) : (
            <Card>
              <h3 className="card-title">Name the roles</h3>
              <ActionForm action={saveConveningRolesAction} {...hidden} submitLabel="Save roles">
                <SelectField
                  name="backboneOrganisationId"
                  label="Backbone organisation"
                  hint="The strategic and place-based convenor, facilitator and enabler."
                  options={organisationChoices}
                  defaultValue={area.backboneOrganisationId ?? ""}
                />
                <SelectField
                  name="researchPartnerId"
                  label="Research & development partner"
                  hint="Helps with data, evidence and research insights, monitoring and evaluation."
                  options={organisationChoices}
                  defaultValue={area.researchPartnerId ?? ""}
                />
              </ActionForm>
              <p className="muted">
                Missing an organisation? A partnership admin adds it on the <Link href={`/p/${ctx.partnershipSlug}/organisations`}>Organisations</Link> page.
              </p>
            </Card>
          )
        ) : null}
      </RecordSection>

      <RecordSection id="focus" title="Area of focus" items={itemsAt(items, "access-connect#focus")}>
        {focus ? (
          <dl className="meta-list">
            <div>
              <dt>Kind of area</dt>
              <dd>{FOCUS_TYPE_LABELS[focus.focusType]}</dd>
            </div>
            <div>
              <dt>Description</dt>
              <dd className="record-prewrap">{focus.description}</dd>
            </div>
            <div>
              <dt>Last saved</dt>
              <dd>{formatDateTime(focus.updatedAt)}</dd>
            </div>
          </dl>
        ) : (
          <EmptyState title="The area of focus is not described yet" text="Say what kind of area this is (a town, ward or estate, a school cluster, or an area chosen from deprivation data) and describe it." />
        )}
        {canWrite ? (
          <Card>
            <h3 className="card-title">{focus ? "Change the area of focus" : "Describe the area of focus"}</h3>
            <ActionForm action={saveAreaFocusAction} {...hidden} submitLabel="Save area of focus">
              <SelectField
                name="focusType"
                label="Kind of area"
                options={focus ? FOCUS_TYPE_OPTIONS : [{ value: "", label: "Choose the kind of area" }, ...FOCUS_TYPE_OPTIONS]}
                defaultValue={focus?.focusType ?? ""}
                required
              />
              <TextAreaField
                name="description"
                label="Description"
                hint="Where the area is, why it was chosen and which schools and communities it covers."
                defaultValue={focus?.description ?? ""}
                required
              />
            </ActionForm>
          </Card>
        ) : null}

        <h3 className="subsection-title">Geography codes</h3>
        <p className="muted">The statistical areas, wards and schools that make up the area. Indicator figures for the area are worked out from these codes.</p>
        {geographies.length === 0 ? (
          <EmptyState title="No geography codes yet" text="Add the LSOA, ward, MSOA, local authority or school codes that make up the area." />
        ) : (
          <DataTable
            caption={`${geographies.length} geography code${geographies.length === 1 ? "" : "s"} in ${area.name}`}
            columns={[
              { key: "code", header: "Code" },
              { key: "type", header: "Type" },
              ...(canWrite ? [{ key: "remove", header: "Remove" }] : []),
            ]}
            rows={geographies.map((g) => ({
              key: g.id,
              cells: {
                code: (
                  <>
                    <code>{g.code}</code>
                    {g.name ? ` ${g.name}` : ""}
                  </>
                ),
                type: GEOGRAPHY_TYPE_LABELS[g.type],
                remove: canWrite ? (
                  <ConfirmButton
                    action={removeGeographyAction}
                    fields={{ ...hidden, id: g.id }}
                    label={`Remove ${g.code}`}
                    confirmTitle={`Remove ${GEOGRAPHY_TYPE_LABELS[g.type]} ${g.code}?`}
                    confirmText="The code is taken out of the area. Figures for the area are then worked out without it."
                    confirmLabel="Remove"
                  />
                ) : null,
              },
            }))}
          />
        )}
        {canWrite ? (
          <Card>
            <h3 className="card-title">Add geography codes</h3>
            <ActionForm action={addGeographiesAction} {...hidden} submitLabel="Add codes" resetOnSuccess>
              <SelectField name="type" label="Kind of code" options={[{ value: "", label: "Choose the kind of code" }, ...GEOGRAPHY_TYPE_OPTIONS]} required />
              <TextAreaField
                name="codes"
                label="Codes"
                hint="Separate codes with spaces, commas or new lines. For example E01010568 (LSOA), E05001346 (ward), E02002183 (MSOA), E08000032 (local authority) or 107300 (school URN). Codes already listed are skipped."
                rows={4}
                required
              />
            </ActionForm>
          </Card>
        ) : null}
      </RecordSection>

      <RecordSection id="assets" title="Asset map" items={itemsAt(items, "access-connect#assets")}>
        {assets.length === 0 ? (
          <EmptyState title="No assets or allies mapped yet" text="Add the school partnerships and clusters, VCSE organisations and groups, services and residents who can support and enable the work." />
        ) : (
          <DataTable
            caption={`${assets.length} asset${assets.length === 1 ? "" : "s"} and all${assets.length === 1 ? "y" : "ies"} mapped`}
            columns={[
              { key: "name", header: "Name" },
              { key: "type", header: "Type" },
              { key: "contact", header: "Contact" },
              { key: "notes", header: "Notes" },
              ...(canWrite ? [{ key: "remove", header: "Remove" }] : []),
            ]}
            rows={assets.map((a) => ({
              key: a.id,
              cells: {
                name: a.name,
                type: ASSET_TYPE_LABELS[a.type],
                contact: a.contact ?? "",
                notes: a.notes ? <span className="record-prewrap">{a.notes}</span> : "",
                remove: canWrite ? (
                  <ConfirmButton
                    action={removeAssetAction}
                    fields={{ ...hidden, id: a.id }}
                    label={`Remove ${a.name}`}
                    confirmTitle={`Remove ${a.name} from the asset map?`}
                    confirmText="It is taken off the asset map. You can add it again later."
                    confirmLabel="Remove"
                  />
                ) : null,
              },
            }))}
          />
        )}
        {canWrite ? (
          <Card>
            <h3 className="card-title">Add an asset or ally</h3>
            <ActionForm action={addAssetAction} {...hidden} submitLabel="Add to the asset map" resetOnSuccess>
              <TextField name="name" label="Name" required />
              <SelectField name="type" label="Type" options={[{ value: "", label: "Choose a type" }, ...ASSET_TYPE_OPTIONS]} required />
              <TextField name="contact" label="Contact (optional)" hint="A role, a team's email or a phone number. No personal details of children." />
              <TextAreaField name="notes" label="Notes (optional)" hint="How they can support and enable the work." rows={3} />
            </ActionForm>
          </Card>
        ) : null}
      </RecordSection>

      <RecordSection id="evaluation" title="Monitoring and evaluation plan" items={itemsAt(items, "access-connect#evaluation")}>
        <p className="muted">
          Agree with the research & development partner the outcomes you will measure, and link each to one of the partnership&rsquo;s indicators (or adopt one from the national catalogue): those are the area&rsquo;s focus indicators on its <Link href={`${base}/indicators`}>Indicators</Link> page.
        </p>
        {measures.length === 0 ? (
          <EmptyState title="No outcome measures yet" text="Add the outcomes the partnership will measure to show impact, for example school attendance or children's wellbeing." />
        ) : (
          <DataTable
            caption={`${measures.length} outcome measure${measures.length === 1 ? "" : "s"}`}
            columns={[
              { key: "name", header: "Outcome measure" },
              { key: "description", header: "Description" },
              { key: "indicator", header: "Indicator" },
              ...(canWrite ? [{ key: "remove", header: "Remove" }] : []),
            ]}
            rows={measures.map((m) => ({
              key: m.id,
              cells: {
                name: m.name,
                description: m.description ? <span className="record-prewrap">{m.description}</span> : "",
                indicator: (
                  <>
                    {m.indicator ? (
                      <>
                        {m.indicator.name} <code>{m.indicator.code}</code>
                      </>
                    ) : (
                      <span className="muted">Not linked yet</span>
                    )}
                    {canLink ? <LinkOutcomeForm partnership={ctx.partnershipSlug} area={area.slug} measure={m} choices={choices} /> : null}
                  </>
                ),
                remove: canWrite ? (
                  <ConfirmButton
                    action={removeOutcomeMeasureAction}
                    fields={{ ...hidden, id: m.id }}
                    label={`Remove ${m.name}`}
                    confirmTitle={`Remove the outcome measure ${m.name}?`}
                    confirmText="It is taken out of the monitoring and evaluation plan."
                    confirmLabel="Remove"
                  />
                ) : null,
              },
            }))}
          />
        )}
        {canWrite ? (
          <Card>
            <h3 className="card-title">Add an outcome measure</h3>
            <ActionForm action={addOutcomeMeasureAction} {...hidden} submitLabel="Add outcome measure" resetOnSuccess>
              <TextField name="name" label="Name" required />
              <TextAreaField name="description" label="Description (optional)" hint="What is measured, how and how often, and where the data comes from." rows={3} />
            </ActionForm>
          </Card>
        ) : null}
      </RecordSection>

      {attested.length > 0 ? (
        <RecordSection id="attest" title="Confirmed by the co-ordinator" items={[]}>
          <p className="muted">These steps are not worked out from records: a co-ordinator confirms each one on the area&rsquo;s checklist, with a note and, if there is one, a link to evidence.</p>
          <AttestedItems items={attested} overviewHref={`${base}?phase=1`} />
        </RecordSection>
      ) : null}
    </>
  );
}

import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { OptionGroup } from "@/components/hub/option-group";
import { addServiceAction, addServiceTypeAction, addSessionAction, addSpokeAction, cancelOccurrenceAction, createHubAction, updateHubAction, updateServiceAction, updateSessionAction } from "@/lib/hub/actions";
import { OFFER_MODEL_LABELS, OFFER_MODELS, OUTCOME_LABELS, OUTCOMES } from "@/lib/hub/labels";
import { clockTime, fullDate, weekdayName } from "@/lib/hub/dates";
import type { HubView, ServiceView, SessionView } from "@/lib/hub/services/queries";

type Hidden = { partnership: string; area: string };
type Org = { id: string; name: string };

const choose = (label: string) => ({ value: "", label });

/** The hub itself: its name, host, room or space and offer models; for setting it up and for changing it. */
export function HubSetupForm({ hidden, settings, hub }: { hidden: Hidden; settings: Org[]; hub?: HubView }) {
  const fields = (
    <>
      <TextField name="name" label="Name of the hub" hint="How families will know it, e.g. Holme Wood School Health Hub" defaultValue={hub?.name} />
      <SelectField
        name="hostOrganisationId"
        label="Host school or early-years setting"
        hint="An accessible site the community trusts. Missing one? A partnership admin adds organisations."
        options={[choose("Choose the host"), ...settings.map((o) => ({ value: o.id, label: o.name }))]}
        defaultValue={hub?.host.id ?? ""}
      />
      <TextAreaField name="space" label="Room or space" hint="Where in the host the hub runs, e.g. the former library, refitted as a clinic room" rows={2} defaultValue={hub?.space} />
      <fieldset className="field hub-offer-models">
        <legend className="field-label">Offer model (one or more)</legend>
        <p className="field-hint">How the hub offers its services. Choose at least one to plan the offer (phase 3).</p>
        {OFFER_MODELS.map((m) => (
          <CheckboxField key={m} name={`offer.${m}`} label={OFFER_MODEL_LABELS[m]} defaultChecked={hub?.offerModels.includes(m)} />
        ))}
      </fieldset>
    </>
  );
  return hub ? (
    <ActionForm action={updateHubAction} {...hidden} submitLabel="Save the hub">
      {fields}
    </ActionForm>
  ) : (
    <ActionForm action={createHubAction} {...hidden} submitLabel="Set up the hub">
      {fields}
    </ActionForm>
  );
}

export function SpokeForm({ hidden, candidates }: { hidden: Hidden; candidates: Org[] }) {
  return (
    <ActionForm action={addSpokeAction} {...hidden} submitLabel="Add the spoke" resetOnSuccess>
      <SelectField name="organisationId" label="School or setting the hub reaches" options={[choose("Choose a school or setting"), ...candidates.map((o) => ({ value: o.id, label: o.name }))]} />
    </ActionForm>
  );
}

/** A service: its kind, provider, where it runs (the host or a spoke) and what families get. */
export function ServiceForm({ hidden, hub, providers, types, service }: { hidden: Hidden; hub: HubView; providers: Org[]; types: { id: string; name: string }[]; service?: ServiceView }) {
  const fields = (
    <>
      <div className="hub-form-grid">
        <SelectField name="typeId" label="Kind of service" options={[choose("Choose the kind of service"), ...types.map((t) => ({ value: t.id, label: t.name }))]} defaultValue={service?.typeId ?? ""} />
        <SelectField name="providerOrganisationId" label="Provider" options={[choose("Choose the provider"), ...providers.map((o) => ({ value: o.id, label: o.name }))]} defaultValue={service?.provider.id ?? ""} />
        <SelectField
          name="place"
          label="Where it runs"
          options={[{ value: "host", label: `${hub.host.name} (host)` }, ...hub.spokes.map((s) => ({ value: s.id, label: `${s.name} (spoke)` }))]}
          defaultValue={service?.spokeId ?? "host"}
        />
      </div>
      <TextAreaField name="description" label="What families get (optional)" hint="In plain words, for the family timetable, e.g. check-ups and fluoride varnish" rows={2} defaultValue={service?.description ?? ""} />
    </>
  );
  return service ? (
    <ActionForm action={updateServiceAction} {...hidden} submitLabel="Save the service">
      <input type="hidden" name="serviceId" value={service.id} />
      {fields}
    </ActionForm>
  ) : (
    <ActionForm action={addServiceAction} {...hidden} submitLabel="Add the service">
      {fields}
    </ActionForm>
  );
}

export function ServiceTypeForm({ hidden }: { hidden: Hidden }) {
  return (
    <ActionForm action={addServiceTypeAction} {...hidden} submitLabel="Add the kind of service" resetOnSuccess>
      <TextField name="name" label="Name" hint="e.g. Eyesight checks. Every area of the partnership can then use it." />
      <SelectField name="outcome" label="Counts towards the guide's outcome" options={[{ value: "", label: "None of these" }, ...OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))]} />
    </ActionForm>
  );
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(d) }));

/** A session on the timetable: one date (a one-stop shop, a vaccination day) or every week in term time. */
export function SessionForm({ hidden, serviceId, defaults }: { hidden: Hidden; serviceId: string; defaults: { startsOn: string; endsOn: string } }) {
  return (
    <ActionForm action={addSessionAction} {...hidden} submitLabel="Add to the timetable" resetOnSuccess>
      <input type="hidden" name="serviceId" value={serviceId} />
      <OptionGroup
        name="kind"
        legend="How often"
        defaultValue="weekly"
        options={[
          { value: "weekly", label: "Every week (or every other week) in term time" },
          { value: "one_off", label: "On one date" },
        ]}
      />
      <div className="hub-form-grid">
        <TextField name="startTime" label="Starts at" type="time" defaultValue="09:00" />
        <TextField name="endTime" label="Ends at" type="time" defaultValue="12:00" />
      </div>
      <fieldset className="hub-subform">
        <legend className="field-label">Every week</legend>
        <p className="field-hint">Runs on school days only: half-terms, holidays and closure days in the partnership&apos;s school calendar are skipped.</p>
        <div className="hub-form-grid">
          <SelectField name="weekday" label="Day of the week" options={[choose("Choose the day"), ...WEEKDAYS]} />
          <SelectField name="intervalWeeks" label="Repeats" options={[{ value: "1", label: "Every week" }, { value: "2", label: "Every other week" }]} defaultValue="1" />
          <TextField name="startsOn" label="From" type="date" defaultValue={defaults.startsOn} />
          <TextField name="endsOn" label="Until" type="date" defaultValue={defaults.endsOn} />
        </div>
      </fieldset>
      <fieldset className="hub-subform">
        <legend className="field-label">On one date</legend>
        <TextField name="date" label="Date" type="date" />
        <CheckboxField name="duringHolidays" label="The school opens for it in the holidays" hint="A one-off date in half-term or the holidays is refused unless this is ticked." />
      </fieldset>
    </ActionForm>
  );
}

/** Cancels one coming date of a session (the nurse is on training): the rest of the pattern stands. */
export function CancelForm({ hidden, sessionId, dates }: { hidden: Hidden; sessionId: string; dates: string[] }) {
  return (
    <ActionForm action={cancelOccurrenceAction} {...hidden} submitLabel="Cancel this date" resetOnSuccess>
      <input type="hidden" name="sessionId" value={sessionId} />
      <SelectField name="date" label="Date" options={[choose("Choose a date"), ...dates.map((d) => ({ value: d, label: fullDate(d) }))]} />
      <TextField name="reason" label="Why it is not running" hint="For families and colleagues: no names, e.g. the dentist is on training" />
    </ActionForm>
  );
}

/** New times, and for a weekly session a new last date; the day and first date stay. */
export function EditSessionForm({ hidden, session }: { hidden: Hidden; session: SessionView }) {
  return (
    <ActionForm action={updateSessionAction} {...hidden} submitLabel="Save the session">
      <input type="hidden" name="sessionId" value={session.id} />
      <div className="hub-form-grid">
        <TextField name="startTime" label="Starts at" type="time" defaultValue={clockTime(session.startMinute)} />
        <TextField name="endTime" label="Ends at" type="time" defaultValue={clockTime(session.endMinute)} />
        {session.pattern.kind === "weekly" ? <TextField name="endsOn" label="Until" type="date" defaultValue={session.pattern.endsOn} hint="Dates with outputs recorded stay on the timetable" /> : null}
      </div>
    </ActionForm>
  );
}

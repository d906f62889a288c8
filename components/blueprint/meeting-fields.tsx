import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { MEETING_KIND_LABELS } from "@/lib/blueprint/services/meetings";

type MeetingKind = keyof typeof MEETING_KIND_LABELS;

export type MeetingValues = {
  kind: MeetingKind;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  agenda: string | null;
  minutes: string | null;
  attendSchools: number;
  attendHealthCare: number;
  attendParents: number;
  attendCommunity: number;
  attendYoungPeople: number;
};

const KIND_OPTIONS = (Object.keys(MEETING_KIND_LABELS) as MeetingKind[]).map((value) => ({ value, label: MEETING_KIND_LABELS[value] }));

export const ATTENDANCE_SECTORS = [
  { name: "attendSchools", label: "Schools" },
  { name: "attendHealthCare", label: "Health and care" },
  { name: "attendParents", label: "Parents" },
  { name: "attendCommunity", label: "Community" },
  { name: "attendYoungPeople", label: "Young people" },
] as const satisfies readonly { name: keyof MeetingValues; label: string }[];

/** The fields of a meeting, for the add form (empty) and the edit form (the saved values). Goes inside an ActionForm. */
export function MeetingFields({ meeting }: { meeting?: MeetingValues }) {
  return (
    <>
      <SelectField
        name="kind"
        label="Kind of meeting"
        options={meeting ? KIND_OPTIONS : [{ value: "", label: "Choose the kind of meeting" }, ...KIND_OPTIONS]}
        defaultValue={meeting?.kind ?? ""}
        required
      />
      <TextField name="title" label="Title" hint="For example “Learning symposium” or “Convening partnership: spring term”." defaultValue={meeting?.title ?? ""} required />
      <TextField name="date" type="date" label="Date" hint="A future date schedules the meeting; record attendance once it has been held." defaultValue={meeting?.date ?? ""} required />
      <TextAreaField name="agenda" label="Agenda (optional)" defaultValue={meeting?.agenda ?? ""} rows={4} />
      <fieldset className="record-fieldset">
        <legend className="field-label">Attendance by sector</legend>
        <p className="field-hint">How many people came from each sector. Numbers only: no names.</p>
        <div className="record-attendance">
          {ATTENDANCE_SECTORS.map((sector) => (
            <TextField key={sector.name} name={sector.name} label={sector.label} type="number" inputMode="numeric" defaultValue={String(meeting?.[sector.name] ?? 0)} />
          ))}
        </div>
      </fieldset>
      <TextAreaField name="minutes" label="Minutes (optional)" hint="Record decisions separately once the meeting is saved, so they can become actions." defaultValue={meeting?.minutes ?? ""} rows={6} />
    </>
  );
}

import type { SchoolCalendar } from "@/lib/hub/school-calendar";

/** Two academic years of term dates, as a partnership would enter them (Bradford-like, 2026/27 and 2027/28). */
export const CALENDAR: SchoolCalendar = {
  terms: [
    { academicYear: 2026, term: "autumn", startsOn: "2026-09-03", endsOn: "2026-12-18", halfTermStartsOn: "2026-10-26", halfTermEndsOn: "2026-10-30" },
    { academicYear: 2026, term: "spring", startsOn: "2027-01-04", endsOn: "2027-03-26", halfTermStartsOn: "2027-02-15", halfTermEndsOn: "2027-02-19" },
    { academicYear: 2026, term: "summer", startsOn: "2027-04-12", endsOn: "2027-07-21", halfTermStartsOn: "2027-05-31", halfTermEndsOn: "2027-06-04" },
    { academicYear: 2027, term: "autumn", startsOn: "2027-09-02", endsOn: "2027-12-17", halfTermStartsOn: "2027-10-25", halfTermEndsOn: "2027-10-29" },
    { academicYear: 2027, term: "spring", startsOn: "2028-01-04", endsOn: "2028-04-07", halfTermStartsOn: "2028-02-14", halfTermEndsOn: "2028-02-18" },
    { academicYear: 2027, term: "summer", startsOn: "2028-04-24", endsOn: "2028-07-21", halfTermStartsOn: "2028-05-29", halfTermEndsOn: "2028-06-02" },
  ],
  closures: [
    { date: "2027-01-04", label: "Staff training day" },
    { date: "2027-05-03", label: "Early May bank holiday" },
    { date: "2028-05-01", label: "Early May bank holiday" },
  ],
};

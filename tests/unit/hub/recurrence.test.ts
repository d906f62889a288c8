import { describe, expect, it } from "vitest";
import { checkOneOffDate, checkWeeklyPattern, isScheduledOn, occurrences, orphanedDates, scheduledDates, type SessionPattern } from "@/lib/hub/recurrence";
import { checkAcademicYear, checkClosureDay, dayStatus, describeDay, termContaining, type TermDates } from "@/lib/hub/school-calendar";
import { weekdayOf } from "@/lib/hub/dates";
import { CALENDAR } from "./calendar-fixture";

const weekly = (startsOn: string, endsOn: string, weekday: number, intervalWeeks: 1 | 2 = 1): SessionPattern => ({ kind: "weekly", startsOn, endsOn, weekday, intervalWeeks });
const all = { from: "2026-01-01", to: "2029-12-31" };

describe("dayStatus", () => {
  it("knows term days, half-term, closures and the holidays between terms", () => {
    expect(dayStatus(CALENDAR, "2026-11-03").kind).toBe("term");
    expect(dayStatus(CALENDAR, "2026-10-27")).toMatchObject({ kind: "half_term", label: "Autumn half-term" });
    expect(dayStatus(CALENDAR, "2027-05-03")).toMatchObject({ kind: "closure", label: "Early May bank holiday" });
    expect(dayStatus(CALENDAR, "2026-12-24")).toEqual({ kind: "holiday", label: "Christmas holidays" });
    expect(dayStatus(CALENDAR, "2027-04-01")).toEqual({ kind: "holiday", label: "Easter holidays" });
    expect(dayStatus(CALENDAR, "2027-08-10")).toEqual({ kind: "holiday", label: "Summer holidays" });
  });

  it("counts the first and last day of a term as term, and the day after as holiday", () => {
    expect(dayStatus(CALENDAR, "2026-09-03").kind).toBe("term");
    expect(dayStatus(CALENDAR, "2026-12-18").kind).toBe("term");
    expect(dayStatus(CALENDAR, "2026-12-19").kind).toBe("holiday");
    expect(dayStatus(CALENDAR, "2026-09-02").kind).toBe("unknown");
  });

  it("does not guess beyond the years entered", () => {
    expect(dayStatus(CALENDAR, "2028-08-31")).toEqual({ kind: "holiday", label: "Summer holidays" });
    expect(dayStatus(CALENDAR, "2028-09-07")).toEqual({ kind: "unknown" });
    expect(dayStatus({ terms: [], closures: [] }, "2026-11-03")).toEqual({ kind: "unknown" });
  });

  it("says in words why a day has no session", () => {
    expect(describeDay(dayStatus(CALENDAR, "2026-10-28"))).toBe("the Autumn half-term (26 October 2026 to 30 October 2026)");
    expect(describeDay(dayStatus(CALENDAR, "2027-05-03"))).toBe("a day the schools are closed (Early May bank holiday)");
  });

  it("finds the term a date is in, half-term included, and none in the holidays", () => {
    expect(termContaining(CALENDAR, "2026-10-28")).toMatchObject({ academicYear: 2026, term: "autumn" });
    expect(termContaining(CALENDAR, "2027-04-01")).toBeNull();
  });
});

describe("weekly sessions", () => {
  it("run every week of term on their weekday, skipping half-term and the days before term starts", () => {
    const dates = occurrences(weekly("2026-09-01", "2026-12-18", 2), CALENDAR, all);
    expect(dates).toEqual(["2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29", "2026-10-06", "2026-10-13", "2026-10-20", "2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24", "2026-12-01", "2026-12-08", "2026-12-15"]);
    expect(dates.every((d) => weekdayOf(d) === 2)).toBe(true);
  });

  it("skip the school holidays and closure days across a whole academic year", () => {
    const dates = occurrences(weekly("2026-09-01", "2027-07-31", 1), CALENDAR, all);
    for (const skipped of ["2026-10-26", "2026-12-21", "2026-12-28", "2027-01-04", "2027-02-15", "2027-03-29", "2027-04-05", "2027-05-03", "2027-05-31"]) expect(dates, skipped).not.toContain(skipped);
    expect(dates).toContain("2027-01-11");
    expect(dates).toContain("2027-04-12");
    expect(dates.at(-1)).toBe("2027-07-19");
    expect(dates.every((d) => dayStatus(CALENDAR, d).kind === "term")).toBe(true);
  });

  it("run on 29 February in a leap year", () => {
    expect(occurrences(weekly("2028-02-01", "2028-03-07", 2), CALENDAR, all)).toEqual(["2028-02-01", "2028-02-08", "2028-02-22", "2028-02-29", "2028-03-07"]);
  });

  it("keep a fortnightly rhythm through the holidays, counting from their first date", () => {
    const dates = occurrences(weekly("2026-12-01", "2027-01-31", 2, 2), CALENDAR, all);
    // 1 Dec, 15 Dec, (29 Dec holiday), 12 Jan, 26 Jan.
    expect(dates).toEqual(["2026-12-01", "2026-12-15", "2027-01-12", "2027-01-26"]);
  });

  it("give only the dates inside the range asked for, the same as the full list cut down", () => {
    const pattern = weekly("2026-09-01", "2027-07-31", 4, 2);
    const full = occurrences(pattern, CALENDAR, all);
    const november = occurrences(pattern, CALENDAR, { from: "2026-11-01", to: "2026-11-30" });
    expect(november).toEqual(full.filter((d) => d.startsWith("2026-11")));
    expect(november.length).toBeGreaterThan(0);
  });

  it("stop at their end date and never run where the calendar has no term dates", () => {
    expect(occurrences(weekly("2026-09-01", "2026-09-30", 2), CALENDAR, all)).toEqual(["2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29"]);
    expect(occurrences(weekly("2028-07-01", "2028-12-31", 3), CALENDAR, all)).toEqual(["2028-07-05", "2028-07-12", "2028-07-19"]);
  });

  it("leave out cancelled dates, which are still scheduled", () => {
    const pattern = weekly("2026-09-01", "2026-09-30", 2);
    expect(occurrences(pattern, CALENDAR, all, new Set(["2026-09-15"]))).toEqual(["2026-09-08", "2026-09-22", "2026-09-29"]);
    expect(scheduledDates(pattern, CALENDAR, all)).toContain("2026-09-15");
  });

  it("are refused when no school day matches them", () => {
    expect(checkWeeklyPattern({ kind: "weekly", startsOn: "2026-10-26", endsOn: "2026-10-30", weekday: 2, intervalWeeks: 1 }, CALENDAR)).toMatch(/No school day/);
    expect(checkWeeklyPattern({ kind: "weekly", startsOn: "2026-09-01", endsOn: "2026-09-30", weekday: 2, intervalWeeks: 1 }, CALENDAR)).toBeNull();
  });
});

describe("one-off sessions", () => {
  it("run on their date, in the range or not at all", () => {
    const once: SessionPattern = { kind: "one_off", date: "2026-11-14" };
    expect(occurrences(once, CALENDAR, all)).toEqual(["2026-11-14"]);
    expect(occurrences(once, CALENDAR, { from: "2026-12-01", to: "2026-12-31" })).toEqual([]);
    expect(isScheduledOn(once, CALENDAR, "2026-11-14")).toBe(true);
    expect(isScheduledOn(once, CALENDAR, "2026-11-15")).toBe(false);
  });

  it("are refused in the holidays unless the school opens for them", () => {
    expect(checkOneOffDate(CALENDAR, "2026-11-03", false)).toBeNull();
    expect(checkOneOffDate(CALENDAR, "2026-10-28", false)).toMatch(/Autumn half-term/);
    expect(checkOneOffDate(CALENDAR, "2027-08-10", false)).toMatch(/Summer holidays/);
    expect(checkOneOffDate(CALENDAR, "2027-08-10", true)).toBeNull();
  });
});

describe("orphanedDates", () => {
  it("lists recorded dates a changed pattern no longer runs on", () => {
    const shorter = weekly("2026-09-01", "2026-11-10", 2);
    expect(orphanedDates(shorter, CALENDAR, ["2026-11-10", "2026-11-17", "2026-09-08"])).toEqual(["2026-11-17"]);
    const halfTermMoved = { ...CALENDAR, terms: CALENDAR.terms.map((t) => (t.term === "autumn" && t.academicYear === 2026 ? { ...t, halfTermStartsOn: "2026-11-02", halfTermEndsOn: "2026-11-06" } : t)) };
    expect(orphanedDates(weekly("2026-09-01", "2026-12-18", 2), halfTermMoved, ["2026-11-03", "2026-10-27"])).toEqual(["2026-11-03"]);
  });
});

describe("checkAcademicYear", () => {
  const year: Record<"autumn" | "spring" | "summer", TermDates> = {
    autumn: { startsOn: "2026-09-03", endsOn: "2026-12-18", halfTermStartsOn: "2026-10-26", halfTermEndsOn: "2026-10-30" },
    spring: { startsOn: "2027-01-04", endsOn: "2027-03-26", halfTermStartsOn: "2027-02-15", halfTermEndsOn: "2027-02-19" },
    summer: { startsOn: "2027-04-12", endsOn: "2027-07-21", halfTermStartsOn: "2027-05-31", halfTermEndsOn: "2027-06-04" },
  };

  it("accepts a believable year", () => {
    expect(checkAcademicYear(2026, year)).toEqual({});
  });

  it("catches a mistyped year, a half-term outside its term and terms out of order", () => {
    const errors = checkAcademicYear(2026, {
      autumn: { ...year.autumn, startsOn: "2025-09-03" },
      spring: { ...year.spring, halfTermStartsOn: "2027-04-01", halfTermEndsOn: "2027-04-05" },
      summer: { ...year.summer, startsOn: "2027-03-20" },
    });
    expect(Object.keys(errors).sort()).toEqual(["autumn.startsOn", "spring.halfTermStartsOn", "summer.startsOn"]);
    expect(errors["autumn.startsOn"]).toEqual(["Autumn term starts between 15 August 2026 and 30 September 2026"]);
  });

  it("keeps a half-term to at most two weeks, ending before its term does", () => {
    expect(checkAcademicYear(2026, { ...year, autumn: { ...year.autumn, halfTermEndsOn: "2026-11-13" } })).toEqual({ "autumn.halfTermEndsOn": ["A half-term is at most two weeks long"] });
    expect(checkAcademicYear(2026, { ...year, autumn: { ...year.autumn, halfTermEndsOn: "2026-12-18" } })).toHaveProperty(["autumn.halfTermEndsOn"]);
  });

  it("takes spring terms that end in late April when Easter is late, and 29 February as a date", () => {
    expect(checkAcademicYear(2027, {
      autumn: { startsOn: "2027-09-02", endsOn: "2027-12-17", halfTermStartsOn: "2027-10-25", halfTermEndsOn: "2027-10-29" },
      spring: { startsOn: "2028-01-04", endsOn: "2028-04-21", halfTermStartsOn: "2028-02-28", halfTermEndsOn: "2028-02-29" },
      summer: { startsOn: "2028-05-02", endsOn: "2028-07-21", halfTermStartsOn: "2028-05-29", halfTermEndsOn: "2028-06-02" },
    })).toEqual({});
  });
});

describe("checkClosureDay", () => {
  it("takes a school day and refuses a holiday or a day already closed", () => {
    expect(checkClosureDay(CALENDAR, "2026-11-20")).toBeNull();
    expect(checkClosureDay(CALENDAR, "2026-12-25")).toMatch(/Christmas holidays/);
    expect(checkClosureDay(CALENDAR, "2027-05-03")).toMatch(/already a closure day/);
  });
});

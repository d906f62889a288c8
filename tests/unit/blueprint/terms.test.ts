import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TERM_LABELS, nextThreeTerms, termKey, termLabel, termOf, type Term } from "@/lib/blueprint/terms";

const autumn = (academicYear: number): Term => ({ name: "autumn", academicYear });
const spring = (academicYear: number): Term => ({ name: "spring", academicYear });
const summer = (academicYear: number): Term => ({ name: "summer", academicYear });

const pad = (n: number) => String(n).padStart(2, "0");
/** Any calendar date from 2000 to 2099, as `YYYY-MM-DD` (days up to 28 so every month is valid). */
const isoDate = fc
  .record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);

describe("termOf", () => {
  it.each([
    ["2027-01-01", spring(2026)],
    ["2027-02-14", spring(2026)],
    ["2027-03-31", spring(2026)],
    ["2027-04-01", spring(2026)],
    ["2027-04-30", spring(2026)],
    ["2027-05-01", summer(2026)],
    ["2027-06-15", summer(2026)],
    ["2027-07-31", summer(2026)],
    ["2026-09-01", autumn(2026)],
    ["2026-10-15", autumn(2026)],
    ["2026-11-30", autumn(2026)],
    ["2026-12-31", autumn(2026)],
  ])("puts %s in %o", (date, term) => {
    expect(termOf(date)).toEqual(term);
  });

  it("puts every day of August in no term: it is the summer holiday", () => {
    for (let day = 1; day <= 31; day += 1) expect(termOf(`2026-08-${pad(day)}`)).toBeNull();
  });

  it("changes term exactly at the month boundaries", () => {
    expect(termOf("2026-07-31")).toEqual(summer(2025));
    expect(termOf("2026-08-01")).toBeNull();
    expect(termOf("2026-08-31")).toBeNull();
    expect(termOf("2026-09-01")).toEqual(autumn(2026));
    expect(termOf("2026-12-31")).toEqual(autumn(2026));
    expect(termOf("2027-01-01")).toEqual(spring(2026));
    expect(termOf("2027-04-30")).toEqual(spring(2026));
    expect(termOf("2027-05-01")).toEqual(summer(2026));
  });

  it("gives spring and summer the academic year that started the previous September", () => {
    // January 2027 is in the 2026/27 academic year, the same one as autumn 2026.
    expect(termOf("2027-01-10")?.academicYear).toBe(2026);
    expect(termOf("2027-06-10")?.academicYear).toBe(2026);
    expect(termOf("2026-09-10")?.academicYear).toBe(2026);
  });

  it("maps each month to its term", () => {
    const byMonth = Array.from({ length: 12 }, (_, i) => termOf(`2026-${pad(i + 1)}-10`)?.name ?? null);
    expect(byMonth).toEqual(["spring", "spring", "spring", "spring", "summer", "summer", "summer", null, "autumn", "autumn", "autumn", "autumn"]);
  });

  it("accepts a date with a time after it", () => {
    expect(termOf("2026-09-01T09:00:00.000Z")).toEqual(autumn(2026));
  });

  it("puts a date in a term if and only if it is not in August (property)", () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const month = Number(date.slice(5, 7));
        expect(termOf(date) === null).toBe(month === 8);
      }),
    );
  });
});

describe("termLabel", () => {
  it("labels a term with the calendar year it falls in", () => {
    expect(termLabel(autumn(2026))).toBe("Autumn 2026");
    expect(termLabel(spring(2026))).toBe("Spring 2027");
    expect(termLabel(summer(2026))).toBe("Summer 2027");
  });

  it("uses the capitalised term names", () => {
    expect(TERM_LABELS).toEqual({ autumn: "Autumn", spring: "Spring", summer: "Summer" });
  });

  it("labels the term of any date in term time with that date's calendar year (property)", () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const term = termOf(date);
        fc.pre(term !== null);
        expect(termLabel(term)).toBe(`${TERM_LABELS[term.name]} ${date.slice(0, 4)}`);
      }),
    );
  });
});

describe("termKey", () => {
  it("is the academic year and the term's place in it", () => {
    expect(termKey(autumn(2026))).toBe("2026-0");
    expect(termKey(spring(2026))).toBe("2026-1");
    expect(termKey(summer(2026))).toBe("2026-2");
  });

  it("is the same for two dates in the same term and different across terms", () => {
    const key = (date: string) => {
      const term = termOf(date);
      if (!term) throw new Error(`${date} is in no term`);
      return termKey(term);
    };
    expect(key("2026-09-03")).toBe(key("2026-12-18"));
    expect(key("2027-01-05")).toBe(key("2027-04-30"));
    expect(key("2027-05-01")).toBe(key("2027-07-20"));
    expect(key("2026-12-18")).not.toBe(key("2027-01-05"));
    expect(key("2027-04-30")).not.toBe(key("2027-05-01"));
    // Same term name a year apart.
    expect(key("2026-10-01")).not.toBe(key("2027-10-01"));
    expect(key("2027-02-01")).not.toBe(key("2028-02-01"));
  });
});

describe("nextThreeTerms", () => {
  it.each([
    ["in autumn", "2026-10-15", ["Autumn 2026", "Spring 2027", "Summer 2027"]],
    ["on the first day of autumn", "2026-09-01", ["Autumn 2026", "Spring 2027", "Summer 2027"]],
    ["on the last day of autumn", "2026-12-31", ["Autumn 2026", "Spring 2027", "Summer 2027"]],
    ["in spring", "2027-02-10", ["Spring 2027", "Summer 2027", "Autumn 2027"]],
    ["on the last day of April", "2027-04-30", ["Spring 2027", "Summer 2027", "Autumn 2027"]],
    ["on the first day of May", "2027-05-01", ["Summer 2027", "Autumn 2027", "Spring 2028"]],
    ["in summer", "2027-06-15", ["Summer 2027", "Autumn 2027", "Spring 2028"]],
    ["on the last day of July", "2027-07-31", ["Summer 2027", "Autumn 2027", "Spring 2028"]],
    ["in August", "2026-08-15", ["Autumn 2026", "Spring 2027", "Summer 2027"]],
    ["on the first day of August", "2027-08-01", ["Autumn 2027", "Spring 2028", "Summer 2028"]],
  ])("from a date %s (%s) is %o", (_when, date, labels) => {
    expect(nextThreeTerms(date).map(termLabel)).toEqual(labels);
  });

  it("counts the current term, then the two after it", () => {
    expect(nextThreeTerms("2027-02-10")).toEqual([spring(2026), summer(2026), autumn(2027)]);
    expect(nextThreeTerms("2027-06-15")).toEqual([summer(2026), autumn(2027), spring(2027)]);
  });

  it("starts from the coming autumn in August", () => {
    expect(nextThreeTerms("2026-08-20")).toEqual([autumn(2026), spring(2026), summer(2026)]);
  });

  it("is always three consecutive, distinct terms, the first being today's term or, in August, the coming autumn (property)", () => {
    const order = ["autumn", "spring", "summer"] as const;
    const index = (t: Term) => t.academicYear * 3 + order.indexOf(t.name);
    fc.assert(
      fc.property(isoDate, (date) => {
        const terms = nextThreeTerms(date);
        expect(terms).toHaveLength(3);
        const [first, second, third] = terms.map(index) as [number, number, number];
        expect([second - first, third - second]).toEqual([1, 1]);
        expect(new Set(terms.map(termKey)).size).toBe(3);
        expect(terms[0]).toEqual(termOf(date) ?? autumn(Number(date.slice(0, 4))));
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { checkPersonalData, describeFindings, findPersonalData, termsToConfirm, type PersonalDataKind } from "@/lib/review/personal-data";

const found = (text: string) => findPersonalData(text).map((f) => [f.kind, f.term] as [PersonalDataKind, string]);

describe("findPersonalData: names", () => {
  it.each(["Muhammad", "Aisha", "Olivia", "Jack", "Ayaan", "Zainab", "Oliwia", "Jakub"])("finds the given name %s on its own", (name) => {
    expect(found(`We worked with ${name} over the half term.`)).toEqual([["name", name]]);
  });

  it("takes the surname with the given name, as typed", () => {
    expect(found("Aisha Khan came to every session.")).toEqual([["name", "Aisha Khan"]]);
    expect(found("Then Muhammad Ali Hussain joined.")).toEqual([["name", "Muhammad Ali Hussain"]]);
  });

  it("finds names in lower-case-insensitive form of the list, with accents and hyphens", () => {
    expect(found("Łukasz helped.")).toEqual([["name", "Łukasz"]]);
    expect(found("Ellie-Mae said so.")).toEqual([["name", "Ellie-Mae"]]);
  });

  it("finds a name before a possessive, without the 's", () => {
    expect(found("Olivia's mum came along.")).toEqual([["name", "Olivia"]]);
  });

  it("finds titled names: Mr, Mrs, Ms, Miss, Dr with a capitalised word", () => {
    expect(found("Mrs Patel and Mr. Kowalski met Dr Okafor.")).toEqual([
      ["titled_name", "Mrs Patel"],
      ["titled_name", "Mr. Kowalski"],
      ["titled_name", "Dr Okafor"],
    ]);
    expect(found("Ms Amina Begum")).toEqual([["titled_name", "Ms Amina Begum"]]);
  });

  it("flags names that are also ordinary words only with a surname", () => {
    expect(found("Grace said the sessions helped, in May, with Hope.")).toEqual([]);
    expect(found("Grace Smith said so.")).toEqual([["name", "Grace Smith"]]);
    expect(found("An Amber rating; Will the council respond?")).toEqual([]);
  });

  it("does not take a name in a place or an organisation for a person", () => {
    expect(found("Grace Academy, Victoria Park, St John's Primary, Queen Elizabeth Grammar School, Oliver Street Surgery and Ben Rhydding.")).toEqual([]);
  });

  it("lets the places and organisations of the demo areas through", () => {
    for (const text of [
      "Holme Wood, Bradford, Tong",
      "Tong Leadership Academy and Holme Wood Primary Academy",
      "Manningham & Girlington, Keighley Central Primary",
      "The Centre for Applied Education Research (Born in Bradford) and West Yorkshire Police",
      "The VCS Alliance and Holme Wood Youth Partnership",
      "A Year 9 pupil, a parent and a youth worker",
      "In 2024 Holme Wood Road was resurfaced.",
      "64 young people reached; attendance rose from 88% to 91%.",
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe("findPersonalData: ages with names", () => {
  it.each([
    ["Jack, aged 9, joined.", "Jack, aged 9"],
    ["Aisha (12) and her brother.", "Aisha (12)"],
    ["Zainab, 14, said so.", "Zainab, 14"],
    ["Jakub is 10 years old.", "Jakub is 10 years old"],
    ["A 9-year-old called Oliwia.", "9-year-old called Oliwia"],
  ])("finds %s", (text, term) => {
    expect(found(text)).toEqual([["age_with_name", term]]);
  });

  it("cannot be confirmed away", () => {
    expect(findPersonalData("Jack, aged 9")[0]).toMatchObject({ confirmable: false });
  });

  it("leaves an age without a name alone", () => {
    expect(found("A pupil aged 9 joined; 12 children came.")).toEqual([]);
  });
});

describe("findPersonalData: identifiers and contact details", () => {
  it("finds dates of birth in their usual forms", () => {
    expect(found("DOB: 03/03/2015.")).toEqual([["date_of_birth", "DOB: 03/03/2015"]]);
    expect(found("She was born on 3 March 2015.")).toEqual([["date_of_birth", "born on 3 March 2015"]]);
    expect(found("date of birth 12.7.14")).toEqual([["date_of_birth", "date of birth 12.7.14"]]);
    expect(found("born in 2016")).toEqual([["date_of_birth", "born in 2016"]]);
    expect(found("Born in Bradford")).toEqual([]);
  });

  it("finds a unique pupil number and an NHS number", () => {
    expect(found("UPN A123456789012.")).toEqual([["upn", "A123456789012"]]);
    expect(found("NHS number 943 476 5919.")).toEqual([["nhs_number", "943 476 5919"]]);
    expect(found("NHS 9434765919")).toEqual([["nhs_number", "9434765919"]]);
  });

  it("finds email addresses and UK phone numbers", () => {
    expect(found("Write to jo.bloggs@example.org today.")).toEqual([["email", "jo.bloggs@example.org"]]);
    expect(found("Call 07700 900123, 01274 123456 or +44 7700 900123.")).toEqual([
      ["phone", "07700 900123"],
      ["phone", "01274 123456"],
      ["phone", "+44 7700 900123"],
    ]);
  });

  it("does not take dates, money or counts for phone numbers", () => {
    expect(found("On 01/02/2026 we spent £12,000 on 1,200 sessions.")).toEqual([]);
  });

  it("finds postcodes and street addresses", () => {
    expect(found("She lives at 12 Tong Street, Bradford BD4 9QX.")).toEqual([
      ["street_address", "12 Tong Street"],
      ["postcode", "BD4 9QX"],
    ]);
    expect(found("Flat 3 above the shop")).toEqual([["street_address", "Flat 3"]]);
    expect(found("bd4 9qx")).toEqual([["postcode", "bd4 9qx"]]);
  });

  it("keeps the most specific finding when two overlap", () => {
    // The name inside an email address is the email address.
    expect(found("Jack.Smith@example.org")).toEqual([["email", "Jack.Smith@example.org"]]);
  });

  it("gives the findings in the order they appear, with their positions", () => {
    const text = "BD4 9QX then Jack";
    const findings = findPersonalData(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(["BD4 9QX", "Jack"]);
  });
});

describe("checkPersonalData", () => {
  it("passes text with nothing personal", () => {
    expect(checkPersonalData({ story: "A Year 9 group came back to school on Fridays." })).toEqual({ ok: true, blocking: [], confirmed: [] });
  });

  it("blocks on every finding, naming the field it is in", () => {
    const check = checkPersonalData({ title: "Jack's story", story: "At 12 Tong Street." });
    expect(check.ok).toBe(false);
    expect(check.blocking.map((f) => [f.field, f.term])).toEqual([
      ["title", "Jack"],
      ["story", "12 Tong Street"],
    ]);
  });

  it("clears a confirmable finding only when its exact words are confirmed, and reports the confirmation", () => {
    const fields = { story: "Grace Smith funded it; Jack came." };
    expect(checkPersonalData(fields, ["grace smith"]).ok).toBe(false);
    const check = checkPersonalData(fields, ["Grace Smith"]);
    expect(check.blocking.map((f) => f.term)).toEqual(["Jack"]);
    expect(check.confirmed.map((f) => [f.field, f.kind, f.term])).toEqual([["story", "name", "Grace Smith"]]);
    expect(checkPersonalData(fields, ["Grace Smith", "Jack"]).ok).toBe(true);
  });

  it("never lets a confirmation clear a date of birth, a pupil or NHS number, or an age with a name", () => {
    const fields = { story: "DOB 03/03/2015, UPN A123456789012, NHS 943 476 5919, Jack, aged 9" };
    const terms = findPersonalData(fields.story).map((f) => f.term);
    const check = checkPersonalData(fields, terms);
    expect(check.ok).toBe(false);
    expect(check.blocking.map((f) => f.kind)).toEqual(["date_of_birth", "upn", "nhs_number", "age_with_name"]);
  });
});

describe("describeFindings and termsToConfirm", () => {
  it("names each finding once, with what it looks like", () => {
    const findings = findPersonalData("Jack met Jack at BD4 9QX.");
    expect(describeFindings(findings)).toBe("“Jack” (a person's name), “BD4 9QX” (a postcode)");
  });

  it("offers only the confirmable words, each once", () => {
    const findings = findPersonalData("Jack, aged 9, and Aisha; Aisha again.");
    expect(termsToConfirm(findings)).toEqual([{ term: "Aisha", kind: "name" }]);
  });
});

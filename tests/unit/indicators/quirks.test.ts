import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UploadRefused } from "@/lib/indicators/uploads/pipeline";
import { DATA, done, run, TEMPLATE_HEADER } from "./support";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("files saved by real people", () => {
  const body = "persistent-absence,la,E08000032,2023/24,academic_year,,31.2,\"1,234\",\"3,955\",,,\n";

  it("read the same with a BOM, CRLF, LF or CR line endings", async () => {
    for (const [bom, eol] of [
      [true, "\r\n"],
      [false, "\n"],
      [false, "\r"],
    ] as const) {
      const text = `${TEMPLATE_HEADER}${eol}${body.replace("\n", eol)}`;
      const r = await run(bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]) : text);
      expect(r.rejections).toEqual([]);
      expect(r.values).toHaveLength(1);
      expect(r.values[0]).toMatchObject({ value: 31.2, numerator: 1234, denominator: 3955 });
    }
  });

  it("in Windows-1252 keep their £ and é", async () => {
    const text = `${TEMPLATE_HEADER}\npersistent-absence,la,E08000032,2023/24,academic_year,,31.2,,,,,Caf\u00e9 costs \u00a35\n`;
    const cp1252 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const r = await run(cp1252);
    expect(r.values[0]!.note).toBe("Café costs £5");
    expect(done(r).encoding).toBe("windows-1252");
  });

  it("keep a note with a comma and a line break in quotes, and count lines past it", async () => {
    const r = await run(`${TEMPLATE_HEADER}\npersistent-absence,la,E08000032,2023/24,academic_year,,31.2,,,,,"Provisional, see\nthe release"\npersistent-absence,la,E08000032,2022/23,academic_year,,z,,,,,\npersistent-absence,la,E08000032,2021/22,academic_year,,abc,,,,,\n`);
    expect(r.values[0]!.note).toBe("Provisional, see\nthe release");
    expect(r.rejections).toEqual([{ line: 5, reason: expect.stringContaining('value "abc" is not a number') }]);
  });

  it("store every publisher's marker, and a blank, as missing with its reason, never as 0", async () => {
    const markers = { c: "suppressed", x: "not_available", z: "not_applicable", k: "rounds_to_zero", u: "low_reliability", low: "rounds_to_zero", ":": "not_available", "~": "rounds_to_zero", "..": "not_available", "[c]": "suppressed", "[x]": "not_available", "": "not_published" };
    const rows = Object.keys(markers).map((m, i) => `persistent-absence,la,E08000032,${2000 + i},,,${m},,,,,`);
    const r = await run(`${TEMPLATE_HEADER}\n${rows.join("\n")}\n`);
    expect(r.rejections).toEqual([]);
    expect(r.values.map((v) => [v.value, v.missingReason])).toEqual(Object.values(markers).map((reason) => [null, reason]));
  });

  it("read thousands separators, spaces, a leading £ and a trailing %, and refuse what only looks like a number", async () => {
    const r = await run(`${TEMPLATE_HEADER}\n` + ['"1,234,567"', " 12.5 ", "£250", "12.5%", "0x1A", '"1,23"', "Infinity"].map((v, i) => `persistent-absence,la,E08000032,${2000 + i},,,${v},,,,,`).join("\n"));
    expect(r.values.map((v) => v.value)).toEqual([1234567, 12.5, 250, 12.5]);
    expect(r.rejections.map((x) => x.line)).toEqual([6, 7, 8]);
  });

  it("report short rows precisely and read their missing trailing cells as blank", async () => {
    const r = await run(`${TEMPLATE_HEADER}\npersistent-absence,la,E08000032,2023/24,academic_year,,31.2\npersistent-absence,la,E08000032,2022/23,academic_year\n`);
    expect(r.values).toHaveLength(1);
    expect(r.rejections).toEqual([{ line: 3, reason: "The row ends after 5 of the header's 12 columns, so it has no value" }]);
    expect(done(r).reader.notes.shortRows).toBe(2);
  });

  it("refuse a row with more filled cells than the header, and let a trailing comma pass", async () => {
    const r = await run(`${TEMPLATE_HEADER}\npersistent-absence,la,E08000032,2023/24,academic_year,,31.2,,,,,,\npersistent-absence,la,E08000032,2022/23,academic_year,,31.2,,,,,,oops\n`);
    expect(r.values).toHaveLength(1);
    expect(r.rejections[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/has 13 cells but the header has 12/) });
  });

  it("find columns by name in any order, and skip blank lines", async () => {
    const r = await run("value,period,geography_code,indicator_code,period_type\n\n12,2023/24,E08000032,persistent-absence,academic_year\n,,,,\n");
    expect(r.values).toEqual([expect.objectContaining({ value: 12, code: "E08000032", period: "2023/24" })]);
    expect(done(r).processor.counts.blank).toBe(2);
  });

  it("refuse a repeated cell with different figures, naming the first line", async () => {
    const r = await run(`${TEMPLATE_HEADER}\npersistent-absence,la,E08000032,2023/24,academic_year,,31.2,,,,,\npersistent-absence,la,E08000032,2023/24,academic_year,,31.2,,,,,\npersistent-absence,la,E08000032,2023/24,academic_year,,30,,,,,\n`);
    expect(r.values).toHaveLength(1);
    expect(r.rejections).toEqual([{ line: 4, reason: "It gives different figures for the same indicator, geography, period and breakdown as line 2" }]);
  });
});

describe("geographies", () => {
  it("accept the partnership's own codes and areas, count others as outside, and refuse impossible ones", async () => {
    const r = await run(
      `${TEMPLATE_HEADER}\n` +
        [
          "persistent-absence,lsoa,E01010568,2023/24,academic_year,,1,,,,,",
          "persistent-absence,,holme-wood,2023/24,academic_year,,1,,,,,",
          "persistent-absence,area,Keighley,2023/24,academic_year,,1,,,,,",
          "persistent-absence,,E08000034,2023/24,academic_year,,1,,,,,",
          "persistent-absence,area,dewsbury-west,2023/24,academic_year,,1,,,,,",
          "persistent-absence,lsoa,E08000032,2023/24,academic_year,,1,,,,,",
          "persistent-absence,,XYZ,2023/24,academic_year,,1,,,,,",
          "persistent-absence,ward,E0500134,2023/24,academic_year,,1,,,,,",
          "persistent-absence,school,100000,2023/24,academic_year,,1,,,,,",
          "persistent-absence,planet,E08000032,2023/24,academic_year,,1,,,,,",
        ].join("\n"),
    );
    expect(r.values.map((v) => `${v.type}:${v.code}`)).toEqual(["lsoa:E01010568", "area:holme-wood", "area:keighley", "school:100000"]);
    expect(done(r).processor.outside.get("E08000034")).toEqual({ type: "la", rows: 1 });
    const reasons = Object.fromEntries(r.rejections.map((x) => [x.line, x.reason]));
    expect(reasons[6]).toBe('"dewsbury-west" is not an area of this partnership (its areas are holme-wood, keighley)');
    expect(reasons[7]).toBe("E08000032 is a local authority code, not a LSOA");
    expect(reasons[8]).toMatch(/Cannot tell what kind of geography "XYZ" is/);
    expect(reasons[9]).toMatch(/"E0500134" is not a ward code \(a ward code is E05 and six digits\)/);
    expect(reasons[11]).toMatch(/geography_type "planet" is not one of/);
  });
});

describe("periods", () => {
  it("need a type for 2023/24, and read the other forms on their own", async () => {
    const rows = ["2023/24,", "2023/24,financial_year", "2022-23,academic year", "2023,", "2023 Q2,", "2023/24 Q4,", "2024-03,", "Mar 2024,", "Autumn 2023,", "2023/24 Summer term,", "2023/25,academic_year", "someday,"];
    const r = await run(`indicator_code,geography_code,value,period,period_type\n${rows.map((p) => `persistent-absence,E08000032,1,${p}`).join("\n")}\n`, { decisions: {} });
    const periods = r.values.map((v) => `${v.period} ${v.periodType} ${v.start}..${v.end}`);
    expect(periods).toEqual([
      "2023/24 financial_year 2023-04-01..2024-03-31",
      "2022/23 academic_year 2022-09-01..2023-08-31",
      "2023 calendar_year 2023-01-01..2023-12-31",
      "2023 Q2 quarter 2023-04-01..2023-06-30",
      "2023/24 Q4 quarter 2024-01-01..2024-03-31",
      "2024-03 month 2024-03-01..2024-03-31",
      "2023/24 Autumn term term 2023-09-01..2023-12-31",
      "2023/24 Summer term term 2024-04-01..2024-07-31",
    ]);
    // "Mar 2024" is the same cell as "2024-03" with the same figure: dropped as a harmless repeat, not refused.
    expect(r.rejections.map((x) => x.line)).toEqual([2, 12, 13]);
    expect(r.rejections[0]!.reason).toMatch(/Say whether "2023\/24" is an academic or a financial year/);
  });
});

describe("Fingertips exports from other profiles and years", () => {
  it("read an older 26-column export with a Region comparator, rows shorter than the header and a GP practice refused by name", async () => {
    const header = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal";
    const rows = [
      "93000,Some new indicator,E12000003,Yorkshire and The Humber,E08000032,Bradford,County & UA,Persons,5 yrs,,,2022/23,61.5,60.1,62.9,,,4112,6686,,,Worse,Worse,20220000",
      "93000,Some new indicator,E12000003,Yorkshire and The Humber,B83001,A GP practice,GP,Persons,5 yrs,,,2022/23,61.5,60.1,62.9,,,41,66,,,Worse,Worse,20220000,,",
      "93000,Some new indicator,E12000003,Yorkshire and The Humber,E08000032,Bradford,County & UA,Persons,5 yrs,,,2020 - 22,60.1,-1,-1,,,4100,6800",
    ];
    const r = await run(`${header}\n${rows.join("\n")}\n`);
    const d = done(r);
    expect(d.reader.format).toBe("fingertips");
    expect(d.reader.columnsIgnored).toEqual(expect.arrayContaining(["Compared to Region value or percentiles"]));
    expect(r.values.map((v) => [v.period, v.periodType, v.value, v.lowerCi])).toEqual([
      ["2022/23", "financial_year", 61.5, 60.1],
      ["2020 - 22", "other", 60.1, null],
    ]);
    expect(r.rejections).toEqual([{ line: 3, reason: 'Area Code "B83001" (GP) is not a geography the platform holds: it takes England, regions, local authorities, MSOAs, wards and LSOAs' }]);
    // Not in the catalogue: proposed as a new partnership indicator with the unit its figures show.
    const plan = d.processor["planner"].all()[0]!;
    expect(plan).toMatchObject({ action: "create", code: "fingertips-93000", name: "Some new indicator" });
    expect(d.processor.sourceOf(plan)?.unit).toBe("percent");
  });

  it("map to the partnership's own indicator by its code, or leave an indicator out when asked", async () => {
    const header = "Indicator ID,Indicator Name,Area Code,Time period,Value";
    const text = `${header}\n93000,Some new indicator,E08000032,2022,5\n90284,Injuries,E08000032,2022,6\n`;
    const known = [{ id: "11111111-1111-4111-8111-111111111111", code: "school-readiness", name: "School readiness", unit: "percent" as const, polarity: "higher_is_better" as const, source: "OHID" }];
    const r = await run(text, { known, decisions: { byKey: { "fingertips:93000": { code: "school-readiness" }, "fingertips:90284": "skip" } } });
    expect(r.values).toEqual([expect.objectContaining({ indicatorId: "11111111-1111-4111-8111-111111111111", value: 5 })]);
    expect(done(r).processor.counts.skipped).toBe(1);
  });
});

describe("DfE files from other releases", () => {
  it("read new_la_code wherever it sits, the renamed school_type, u and low markers, and percentages with their counts", async () => {
    const header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,school_type,characteristic,t_pupils,t_pupils_pa_10_exact,pt_pupils_pa_10_exact,enrolments";
    const rows = [
      "202324,Academic year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,380,E08000032,Bradford,Total,Total,1500,300,20,1500",
      "202324,Academic year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,380,E08000032,Bradford,Special,Total,u,u,u,low",
      "2024,Calendar year,Parliamentary constituency,E92000001,England,,,,,,Total,Total,1,1,1,1",
    ];
    const r = await run(`${header}\n${rows.join("\n")}\n`);
    expect(done(r).reader.format).toBe("dfe_ees");
    const pa = r.values.filter((v) => v.indicator === "ees:pt_pupils_pa_10_exact");
    expect(pa.map((v) => [v.breakdown, v.value, v.numerator, v.denominator, v.missingReason])).toEqual([
      ["", 20, 300, 1500, null],
      ["phase_type_grouping=Special", null, null, null, "low_reliability"],
    ]);
    expect(r.values.find((v) => v.indicator === "ees:enrolments" && v.breakdown !== "")).toMatchObject({ value: null, missingReason: "rounds_to_zero" });
    expect(r.rejections[0]).toMatchObject({ line: 4, reason: expect.stringMatching(/geographic_level "Parliamentary constituency" is not one the platform holds/) });
  });

  it("keep a percentage alone when its counts do not make it", async () => {
    const header = "time_period,time_identifier,geographic_level,country_code,new_la_code,t_pupils,t_pupils_pa_10_exact,pt_pupils_pa_10_exact";
    const r = await run(`${header}\n202324,Academic year,Local authority,E92000001,E08000032,1000,300,20\n`);
    expect(r.values[0]).toMatchObject({ value: 20, numerator: null, denominator: null });
    expect(done(r).reader.notes.inconsistentRatios).toBe(1);
  });
});

describe("repeated columns", () => {
  it("refuse a file whose header has a column the importer reads twice, naming it and where it is", async () => {
    const header = `${TEMPLATE_HEADER},Value`;
    await expect(run(`${header}\npersistent-absence,la,E08000032,2023/24,academic_year,,31.2,,,,,,99\n`)).rejects.toThrow(UploadRefused);
    await expect(run(`${header}\npersistent-absence,la,E08000032,2023/24,academic_year,,31.2,,,,,,99\n`)).rejects.toThrow('The column "value" is in the header 2 times (columns 7 and 13)');
    const fingertips = readFileSync(path.join(DATA, "la_hospital_admissions_2324.csv"), "utf8").split("\n").slice(0, 20);
    fingertips[0] = `${fingertips[0]!.trimEnd()},Area Code`;
    await expect(run(fingertips.join("\n"))).rejects.toThrow(/The column "Area Code" is in the header 2 times/);
  });

  it("read a file whose repeated column is one the importer does not read", async () => {
    const r = await run(`${TEMPLATE_HEADER},Comments,comments\npersistent-absence,la,E08000032,2023/24,academic_year,,31.2,,,,,,a,b\n`);
    expect(r.rejections).toEqual([]);
    expect(r.values).toHaveLength(1);
  });
});

describe("limits", () => {
  it("refuse a file over the size limit while it streams, and one with too many rows", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `persistent-absence,la,E08000032,${1950 + i},,,1,,,,,`).join("\n");
    await expect(run(`${TEMPLATE_HEADER}\n${rows}`, { limits: { maxBytes: 1000 }, chunk: 256 })).rejects.toThrow(/larger than 1 KB, the most one upload may hold/);
    await expect(run(`${TEMPLATE_HEADER}\n${rows}`, { limits: { maxRows: 10 } })).rejects.toThrow(UploadRefused);
    await expect(run(`${TEMPLATE_HEADER}\n${rows}`, { limits: { maxRows: 10 } })).rejects.toThrow(/more than 10 rows/);
  });

  it("refuse an empty file and a header with no rows", async () => {
    await expect(run("")).rejects.toThrow(/empty/);
    await expect(run(`${TEMPLATE_HEADER}\n`)).rejects.toThrow(/no rows/);
  });
});

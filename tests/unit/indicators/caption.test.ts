import { describe, expect, it } from "vitest";
import { compareCaption, deprivationCaption, trendCaption } from "@/lib/indicators/caption";

describe("trend captions", () => {
  const base = { place: "Bradford", unit: "rate_per_10000" as const, polarity: "lower_is_better" as const, laName: null, target: null };

  it("say the latest figure, how it compares with England, which way is better and where it started", () => {
    const text = trendCaption({
      ...base,
      points: [
        { period: "2010/11", value: 132.7317559, england: 103.8, la: null },
        { period: "2023/24", value: 120.04, england: 95.3, la: null },
      ],
    });
    expect(text).toBe("In 2023/24, the figure for Bradford was 120.0 per 10,000, higher than England's 95.3 per 10,000. Lower is better. It was 132.7 per 10,000 in 2010/11.");
  });

  it("compare with the local authority and give the target", () => {
    const text = trendCaption({
      ...base,
      unit: "percent",
      place: "Holme Wood",
      laName: "Bradford",
      target: { value: 25, byPeriod: "2027/28" },
      points: [{ period: "2025/26", value: 27.31, england: 27.3, la: 24 }],
    });
    expect(text).toBe("In 2025/26, the figure for Holme Wood was 27.3%, the same as England's 27.3% and higher than Bradford's 24.0%. Lower is better. The target is 25.0% by 2027/28.");
  });

  it("never give a suppressed figure, only that it is suppressed", () => {
    const text = trendCaption({ ...base, place: "Keighley", points: [{ period: "2024/25", value: 80, england: 90, la: null }, { period: "2025/26", value: "c", england: 91, la: null }] });
    expect(text).toBe("For 2025/26, the figure for Keighley is not shown (c) to protect small numbers.");
  });

  it("fall back to the comparators when the area has no figures of its own", () => {
    const text = trendCaption({ ...base, place: "Holme Wood", laName: "Bradford", points: [{ period: "2023/24", value: null, england: 95.3, la: 120 }] });
    expect(text).toBe("No figures for Holme Wood's own geographies yet. For comparison, in 2023/24: Bradford 120.0 per 10,000 and England 95.3 per 10,000. Lower is better.");
    expect(trendCaption({ ...base, points: [] })).toBe("No figures for Bradford yet.");
  });
});

describe("comparison captions", () => {
  it("name the highest and lowest areas, the comparators and how many are hidden", () => {
    const text = compareCaption({
      period: "2025/26",
      unit: "percent",
      areas: [
        { name: "Holme Wood", value: 27.31 },
        { name: "Keighley", value: 29.1 },
        { name: "Manningham & Girlington", value: 18.2 },
        { name: "Allerton", value: "c" },
        { name: "Baildon", value: null },
      ],
      england: 21.1,
      la: 24,
      laName: "Bradford",
    });
    expect(text).toBe(
      "In 2025/26, the highest figure was Keighley's (29.1%) and the lowest Manningham & Girlington's (18.2%). Bradford: 24.0%; England: 21.1%. One area's figure is not shown (c) to protect small numbers. One area has no figure for this period.",
    );
  });

  it("say when there is nothing to compare", () => {
    expect(compareCaption({ period: "2025/26", unit: "count", areas: [{ name: "A", value: "c" }], england: null, la: null, laName: null })).toBe(
      "No area figures to compare for 2025/26. One area's figure is not shown (c) to protect small numbers.",
    );
  });
});

describe("deprivation captions", () => {
  it("count the LSOAs among the most deprived fifth and tenth", () => {
    expect(deprivationCaption({ place: "Holme Wood", deciles: [1, 2, 1, 0, 0, 0, 0, 0, 0, 0], unmatched: 0 })).toBe(
      "3 of Holme Wood's 4 ranked LSOAs are among the 20% most deprived in England (IMD 2019 deciles 1 and 2), 1 of them in the most deprived 10%.",
    );
  });

  it("say when codes are not in IMD 2019, or there are none", () => {
    expect(deprivationCaption({ place: "Keighley", deciles: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0], unmatched: 2 })).toBe(
      "None of Keighley's 1 ranked LSOA is among the 20% most deprived in England (IMD 2019 deciles 1 and 2). 2 codes are not in IMD 2019 (it ranks the 2011 LSOAs).",
    );
    expect(deprivationCaption({ place: "Keighley", deciles: new Array(10).fill(0), unmatched: 0 })).toBe("Keighley has no LSOA codes yet, so its deprivation profile cannot be shown.");
  });
});

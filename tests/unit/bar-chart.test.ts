import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CategoryBarChart, niceTicks } from "@/components/indicators/bar-chart";

describe("the server-drawn bar chart", () => {
  it("labels a suppressed bar with its marker and draws no bar or number for it", () => {
    const html = renderToStaticMarkup(
      createElement(CategoryBarChart, {
        data: [
          { label: "Holme Wood", value: 12.5, marker: null },
          { label: "Keighley", value: null, marker: "c" },
        ],
        references: [{ label: "England", value: 10, colour: "grey" }],
        valueLabel: "Persistent absence",
        format: "one-decimal",
      }),
    );
    expect(html).toContain("Keighley (c)");
    expect(html).toContain("Holme Wood: 12.5 (Persistent absence)");
    expect(html).not.toContain("Keighley:");
    expect(html.match(/<rect/g)).toHaveLength(1);
    expect(html).toContain("England: 10.0");
    expect(html).not.toMatch(/<script/);
  });

  it("has round ticks from zero that reach the largest value", () => {
    expect(niceTicks(0, 47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(0, 0.8)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    const ticks = niceTicks(-12, 30);
    expect(ticks[0]).toBeLessThanOrEqual(-12);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(30);
    expect(ticks).toContain(0);
  });
});

import { describe, expect, it } from "vitest";
import { actionItemInput, logUpdateInput } from "@/lib/action-plan/inputs";
import { describeUpdateLog } from "@/lib/action-plan/log";

describe("actionItemInput", () => {
  it("reads a form: blanks become none, status and RAG default", () => {
    const parsed = actionItemInput.parse({ title: "  Run the forum ", description: "", ownerOrganisationId: "", dueOn: "", status: "", rag: "", outcomeId: "" });
    expect(parsed).toEqual({ title: "Run the forum", description: null, ownerOrganisationId: null, dueOn: null, status: "not_started", rag: "green", outcomeId: null });
  });

  it("refuses a date that does not exist instead of rolling it over", () => {
    const result = actionItemInput.safeParse({ title: "x", dueOn: "2026-02-30" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["dueOn"], message: "Enter a real date" });
    expect(actionItemInput.parse({ title: "x", dueOn: "2028-02-29" }).dueOn).toBe("2028-02-29");
  });

  it("refuses an unknown status or RAG and a title that is empty", () => {
    const result = actionItemInput.safeParse({ title: " ", status: "finished", rag: "purple" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["rag", "status", "title"]);
  });

  it("lets an update keep the status and RAG as they are", () => {
    const parsed = logUpdateInput.parse({ itemId: "6f1c2d6e-0000-4000-8000-000000000001", text: "Met the head teacher", status: "", rag: "" });
    expect(parsed).toMatchObject({ status: null, rag: null });
  });
});

describe("describeUpdateLog", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute));

  it("shows each change as from → to, newest first, replaying from the first entry", () => {
    const log = describeUpdateLog([
      { id: "3", createdAt: at(3), status: "done" as const, rag: null, text: "Finished" },
      { id: "1", createdAt: at(1), status: "not_started" as const, rag: "green" as const, text: "Added" },
      { id: "2", createdAt: at(2), status: "in_progress" as const, rag: "amber" as const, text: "Started late" },
      { id: "4", createdAt: at(4), status: null, rag: null, text: "A note" },
    ]);
    expect(log.map((e) => e.id)).toEqual(["4", "3", "2", "1"]);
    expect(log[0]).toMatchObject({ statusChange: null, ragChange: null });
    expect(log[1]).toMatchObject({ statusChange: { from: "in_progress", to: "done" }, ragChange: null });
    expect(log[2]).toMatchObject({ statusChange: { from: "not_started", to: "in_progress" }, ragChange: { from: "green", to: "amber" } });
    expect(log[3]).toMatchObject({ statusChange: { from: null, to: "not_started" }, ragChange: { from: null, to: "green" } });
  });

  it("does not report a value repeated without a change", () => {
    const log = describeUpdateLog([
      { id: "1", createdAt: at(1), status: "in_progress" as const, rag: "green" as const },
      { id: "2", createdAt: at(2), status: "in_progress" as const, rag: "red" as const },
    ]);
    expect(log[0]).toMatchObject({ statusChange: null, ragChange: { from: "green", to: "red" } });
  });
});

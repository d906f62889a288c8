import { describe, expect, it } from "vitest";
import { controlCharacterErrors, echoValues, formDataToObject } from "@/lib/action/form-data";

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("control characters in submitted text", () => {
  it("are refused by field, NUL and the other C0 controls alike", () => {
    const errors = controlCharacterErrors(form([["title", "Youth\u0000club"], ["note", "bell\u0007"], ["ok", "fine"]]));
    expect(Object.keys(errors).sort()).toEqual(["note", "title"]);
    expect(errors.title![0]).toMatch(/invisible control character/);
  });

  it("let tabs, newlines, carriage returns and any printable text through", () => {
    expect(controlCharacterErrors(form([["story", "Line one\r\n\tLine two — £5, naïve, 😀"]]))).toEqual({});
  });
});

describe("form data for zod", () => {
  it("turns repeated keys into arrays and drops Next's own fields", () => {
    expect(formDataToObject(form([["a", "1"], ["a", "2"], ["b", "x"], ["$ACTION_ID_123", ""]]))).toEqual({ a: ["1", "2"], b: "x" });
  });

  it("never echoes secrets back into the page", () => {
    expect(echoValues(form([["email", "a@b.org"], ["password", "hunter2"], ["inviteToken", "t"]]))).toEqual({ email: "a@b.org" });
  });
});

import { describe, expect, it } from "vitest";
import { insertLink, toggleBullets, toggleEmphasis, type TextEdit } from "@/lib/richtext/editing";

/** Writes a selection as [ and ], e.g. "a [b] c". */
function edit(marked: string): TextEdit {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  return { value: marked.replace("[", "").replace("]", ""), selectionStart: start, selectionEnd: end };
}
function show(e: TextEdit): string {
  return `${e.value.slice(0, e.selectionStart)}[${e.value.slice(e.selectionStart, e.selectionEnd)}]${e.value.slice(e.selectionEnd)}`;
}

describe("toggleEmphasis", () => {
  it("wraps the selection and keeps it selected", () => {
    expect(show(toggleEmphasis(edit("a [word] b"), "**", "bold text"))).toBe("a **[word]** b");
    expect(show(toggleEmphasis(edit("a [word] b"), "*", "italic text"))).toBe("a *[word]* b");
  });

  it("leaves surrounding spaces outside the markers", () => {
    expect(show(toggleEmphasis(edit("a[ word ]b"), "**", "bold text"))).toBe("a **[word]** b");
  });

  it("unwraps when already wrapped, whether the markers are selected or not", () => {
    expect(show(toggleEmphasis(edit("a **[word]** b"), "**", "bold text"))).toBe("a [word] b");
    expect(show(toggleEmphasis(edit("a [**word**] b"), "**", "bold text"))).toBe("a [word] b");
    expect(show(toggleEmphasis(edit("a *[word]* b"), "*", "italic text"))).toBe("a [word] b");
  });

  it("does not take italic for the inner star of bold", () => {
    expect(show(toggleEmphasis(edit("a **[word]** b"), "*", "italic text"))).toBe("a ***[word]*** b");
  });

  it("inserts a selected placeholder at a bare caret", () => {
    expect(show(toggleEmphasis(edit("a []b"), "**", "bold text"))).toBe("a **[bold text]**b");
  });
});

describe("toggleBullets", () => {
  it("adds a bullet to every selected line, skipping blank ones", () => {
    expect(toggleBullets(edit("[one\ntwo\n\nthree]")).value).toBe("- one\n- two\n\n- three");
  });

  it("takes the bullets off when every line already has one", () => {
    expect(toggleBullets(edit("[- one\n- two]")).value).toBe("one\ntwo");
  });

  it("works on the caret's line only", () => {
    expect(show(toggleBullets(edit("first\nsec[]ond\nthird")))).toBe("first\n- second[]\nthird");
  });
});

describe("insertLink", () => {
  it("makes the selection the label and selects the address to type over", () => {
    const out = insertLink(edit("see [the report] now"));
    expect(out.value).toBe("see [the report](https://) now");
    expect(out.value.slice(out.selectionStart, out.selectionEnd)).toBe("https://");
  });

  it("uses a selected address as the address and selects the label", () => {
    expect(show(insertLink(edit("[https://example.org]")))).toBe("[[link text]](https://example.org)");
  });

  it("inserts a placeholder link at a bare caret", () => {
    expect(show(insertLink(edit("a []")))).toBe("a [[link text]](https://)");
  });
});

import { describe, expect, it } from "vitest";
import { normaliseLine, normalisePlainText, normaliseRichText } from "@/lib/richtext/normalise";

describe("normaliseRichText", () => {
  it("turns CRLF and CR into LF, trims, and drops trailing spaces", () => {
    expect(normaliseRichText("  One  \r\nTwo\rThree \n")).toBe("One\nTwo\nThree");
  });

  it("strips control characters and bidirectional overrides but keeps newlines", () => {
    expect(normaliseRichText("a\u0000b\u0007c\u001Bd\u007Fe\u202Ef\u2066g\uFEFFh\ni")).toBe("abcdefgh\ni");
  });

  it("keeps at most one blank line between paragraphs", () => {
    expect(normaliseRichText("One\n\n\n\nTwo")).toBe("One\n\nTwo");
  });

  it("turns tabs into spaces", () => {
    expect(normaliseRichText("a\tb")).toBe("a  b");
  });
});

describe("normaliseLine and normalisePlainText", () => {
  it("makes a one-line value of any whitespace", () => {
    expect(normaliseLine("  Youth\r\n  Worker\u0000 ")).toBe("Youth Worker");
  });

  it("keeps single line breaks in an entry but no blank lines", () => {
    expect(normalisePlainText("One\r\n\r\nTwo\nThree")).toBe("One\nTwo\nThree");
  });
});

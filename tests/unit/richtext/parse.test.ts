import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseRichText, richTextToPlain, safeHref, type RichInline } from "@/lib/richtext/parse";
import { RichText } from "@/lib/richtext/render";

const html = (source: string) => renderToStaticMarkup(createElement(RichText, { source }));
const text = (t: string): RichInline => ({ type: "text", text: t });
const para = (...children: RichInline[]) => [{ type: "paragraph", children }];

describe("parseRichText: blocks", () => {
  it("splits paragraphs on blank lines and keeps single newlines as line breaks", () => {
    expect(parseRichText("One\ntwo\n\nThree")).toEqual([
      { type: "paragraph", children: [text("One"), { type: "break" }, text("two")] },
      { type: "paragraph", children: [text("Three")] },
    ]);
  });

  it("reads bullet lists written with -, * or •, right after a paragraph line too", () => {
    expect(parseRichText("We will:\n- listen\n* act\n• review")).toEqual([
      { type: "paragraph", children: [text("We will:")] },
      { type: "list", items: [[text("listen")], [text("act")], [text("review")]] },
    ]);
  });

  it("keeps one level of bullets: an indented bullet joins the same list, an indented line continues an item", () => {
    expect(parseRichText("- one\n  - nested\n  more of nested\nAfter")).toEqual([
      { type: "list", items: [[text("one")], [text("nested"), { type: "break" }, text("more of nested")]] },
      { type: "paragraph", children: [text("After")] },
    ]);
  });

  it("treats a star without a space as emphasis, not a bullet", () => {
    expect(parseRichText("*Not* a bullet")).toEqual(para({ type: "em", children: [text("Not")] }, text(" a bullet")));
  });

  it("returns nothing for blank text", () => {
    expect(parseRichText("  \n\r\n \t ")).toEqual([]);
  });
});

describe("parseRichText: emphasis", () => {
  it("reads bold and italic", () => {
    expect(parseRichText("a **b** *c*")).toEqual(para(text("a "), { type: "strong", children: [text("b")] }, text(" "), { type: "em", children: [text("c")] }));
  });

  it("nests italic in bold and bold in italic", () => {
    expect(parseRichText("**bold *both* bold**")).toEqual(
      para({ type: "strong", children: [text("bold "), { type: "em", children: [text("both")] }, text(" bold")] }),
    );
    expect(parseRichText("*it **both** it*")).toEqual(para({ type: "em", children: [text("it "), { type: "strong", children: [text("both")] }, text(" it")] }));
  });

  it("reads ***both*** as bold around italic", () => {
    expect(parseRichText("***both***")).toEqual(para({ type: "strong", children: [{ type: "em", children: [text("both")] }] }));
  });

  it("shows unmatched or space-flanked stars as typed", () => {
    expect(richTextToPlain("**never closed")).toBe("**never closed");
    expect(richTextToPlain("2 * 3 * 4")).toBe("2 * 3 * 4");
    expect(richTextToPlain("** not bold **")).toBe("** not bold **");
    expect(richTextToPlain("a ****** b")).toBe("a ****** b");
  });

  it("closes the nearest opener of the same kind; openers crossed on the way become text", () => {
    expect(parseRichText("**a *b**")).toEqual(para({ type: "strong", children: [text("a *b")] }));
    expect(parseRichText("*a **b*")).toEqual(para({ type: "em", children: [text("a **b")] }));
  });

  it("honours backslash escapes", () => {
    expect(parseRichText("\\*not italic\\*")).toEqual(para(text("*not italic*")));
    expect(parseRichText("\\- not a bullet")).toEqual(para(text("- not a bullet")));
  });

  it("does not let emphasis run across paragraphs", () => {
    expect(richTextToPlain("**open\n\nclose**")).toBe("**open\n\nclose**");
  });
});

describe("parseRichText: links", () => {
  it("links http, https and mailto addresses", () => {
    expect(parseRichText("See [the guide](https://example.org/guide?a=1) or [email us](mailto:team@example.org).")).toEqual(
      para(
        text("See "),
        { type: "link", href: "https://example.org/guide?a=1", children: [text("the guide")] },
        text(" or "),
        { type: "link", href: "mailto:team@example.org", children: [text("email us")] },
        text("."),
      ),
    );
  });

  it("allows emphasis inside a label and balanced parentheses in the address", () => {
    expect(parseRichText("[**VRU** report](https://en.wikipedia.org/wiki/Violence_(disambiguation))")).toEqual(
      para({ type: "link", href: "https://en.wikipedia.org/wiki/Violence_(disambiguation)", children: [{ type: "strong", children: [text("VRU")] }, text(" report")] }),
    );
  });

  it("keeps only the label of a javascript:, data: or relative link", () => {
    for (const href of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "/p/bradford", "//evil.example", "vbscript:x", "&#106;avascript:alert(1)"]) {
      const tree = parseRichText(`[click](${href})`);
      expect(JSON.stringify(tree)).not.toContain('"link"');
      expect(richTextToPlain(`[click](${href})`)).toBe("click");
    }
  });

  it("refuses addresses that hide a scheme behind whitespace or control characters", () => {
    expect(safeHref("java\tscript:alert(1)")).toBeNull();
    expect(safeHref(" javascript:alert(1)")).toBeNull();
    expect(safeHref("https://exa mple.org")).toBeNull();
    expect(safeHref("https://")).toBeNull();
    expect(safeHref("mailto:")).toBeNull();
    expect(safeHref("https://example.org")).toBe("https://example.org/");
  });

  it("does not nest links and leaves broken link syntax as text", () => {
    expect(richTextToPlain("[a [b](https://x.org)](https://y.org)")).toBe("[a b](https://y.org)");
    expect(richTextToPlain("[no address]")).toBe("[no address]");
    expect(richTextToPlain("[spaced](https://x.org/a b)")).toBe("[spaced](https://x.org/a b)");
  });

  it("uses the address as the label when the label is empty", () => {
    expect(parseRichText("[](https://example.org)")).toEqual(para({ type: "link", href: "https://example.org/", children: [text("https://example.org")] }));
  });
});

describe("RichText rendering", () => {
  it("shows typed HTML as text: a <script> never becomes an element", () => {
    const out = html('<script>alert("x")</script> and <img src=x onerror=alert(1)>');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;");
  });

  it("renders paragraphs, lists, emphasis and safe links only", () => {
    const out = html("Intro **bold** *it*\n\n- one\n- [two](https://example.org)\n\n[bad](javascript:alert(1))");
    expect(out).toBe(
      '<div class="richtext"><p>Intro <strong>bold</strong> <em>it</em></p><ul><li>one</li><li><a href="https://example.org/" rel="nofollow noopener noreferrer">two</a></li></ul><p>bad</p></div>',
    );
  });

  it("escapes quotes in an address so it cannot break out of the attribute", () => {
    for (const quote of ['"', "'"]) {
      const out = html(`[x](https://example.org/?q=${quote})onmouseover=alert(1))`);
      expect(out).not.toMatch(/<a [^>]*onmouseover/);
      expect(out).not.toMatch(/<[^>]+onmouseover/);
    }
  });

  it("renders nothing for empty text", () => {
    expect(html("")).toBe("");
  });
});

describe("parseRichText on any input", () => {
  it("never throws, never produces a link outside http(s)/mailto, and keeps every word", () => {
    const alphabet = fc.constantFrom("*", "**", "[", "]", "(", ")", "\\", "\n", "\n\n", "- ", " ", "a", "b", "<", ">", "javascript:", "https://x.org", "mailto:a@b.org");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const source = parts.join("");
        const tree = parseRichText(source);
        const links: string[] = [];
        const walk = (nodes: RichInline[]) =>
          nodes.forEach((n) => {
            if (n.type === "link") links.push(n.href);
            if ("children" in n) walk(n.children);
          });
        tree.forEach((b) => (b.type === "paragraph" ? walk(b.children) : b.items.forEach(walk)));
        expect(links.every((href) => /^(https?:\/\/|mailto:)/.test(href))).toBe(true);
        const plain = richTextToPlain(source);
        for (const word of source.match(/\b[ab]\b/g) ?? []) expect(plain).toContain(word);
      }),
      { numRuns: 500 },
    );
  });

  it("stays fast on pathological nesting", () => {
    const source = "*a **b ".repeat(1500) + "[x](".repeat(500);
    const started = performance.now();
    parseRichText(source);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

import { normaliseRichText } from "@/lib/richtext/normalise";

/**
 * The product's small rich-text format for prose fields (a Statement of Intent's
 * introduction and community mandate). The stored value is the source text, a
 * markdown-like subset:
 *
 *   paragraphs       separated by a blank line; a single newline is a line break
 *   - bullet lists   lines starting with "- ", "* " or "• " (one level: indented bullets join the same list)
 *   **bold**, *italic*
 *   [label](https://…)  links to http, https and mailto addresses only
 *   \*              a backslash shows the next marker as it is
 *
 * Anything else, HTML included, is text. The tree below is what gets rendered, with
 * React elements only (lib/richtext/render.tsx): there is no path from the source to
 * raw HTML, so a typed <script> is shown, never run.
 */
export type RichInline =
  | { type: "text"; text: string }
  | { type: "break" }
  | { type: "strong"; children: RichInline[] }
  | { type: "em"; children: RichInline[] }
  | { type: "link"; href: string; children: RichInline[] };

export type RichBlock = { type: "paragraph"; children: RichInline[] } | { type: "list"; items: RichInline[][] };

export type RichDocument = RichBlock[];

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const ESCAPABLE = new Set(["\\", "*", "_", "[", "]", "(", ")", "-", "•", "`"]);
/** Emphasis nested deeper than this is shown as typed: no real text needs it, and it bounds the work. */
const MAX_DEPTH = 8;

/**
 * The address a link may point at, or null. Only absolute http(s) and mailto URLs
 * pass: `javascript:`, `data:`, relative and protocol-relative addresses do not.
 */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (!href || href.length > 2000) return null;
  // Whitespace and controls are how scheme filters get dodged ("java\tscript:"); the URL parser would drop them.
  if (/[\s\u0000-\u001F\u007F<>"`\\]/.test(href)) return null;
  if (!/^(https?:\/\/|mailto:)/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== "mailto:" && !url.hostname) return null;
  if (url.protocol === "mailto:" && url.pathname.length === 0) return null;
  return url.href;
}

/** `[label](url)` starting at `start`, or null. The url may hold one level of balanced parentheses. */
function matchLink(src: string, start: number): { label: string; url: string; end: number } | null {
  let k = start + 1;
  while (k < src.length && src[k] !== "]") {
    if (src[k] === "\\") k += 1;
    else if (src[k] === "[" || src[k] === "\n") return null;
    k += 1;
  }
  if (src[k] !== "]" || src[k + 1] !== "(") return null;
  let depth = 0;
  let j = k + 2;
  for (; j < src.length; j += 1) {
    const ch = src[j]!;
    if (/\s/.test(ch)) return null;
    if (ch === "(") depth += 1;
    else if (ch === ")") {
      if (depth === 0) break;
      depth -= 1;
    }
  }
  if (src[j] !== ")") return null;
  return { label: src.slice(start + 1, k), url: src.slice(k + 2, j), end: j + 1 };
}

type Frame = { marker: "*" | "**"; children: RichInline[] };

/** Unmatched openers are shown as the stars that were typed. */
function collapse(frame: Frame, into: RichInline[]): void {
  into.push({ type: "text", text: frame.marker }, ...frame.children);
}

function merge(nodes: RichInline[]): RichInline[] {
  const out: RichInline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === "text" && last?.type === "text") out[out.length - 1] = { type: "text", text: last.text + node.text };
    else if (node.type === "text" && node.text === "") continue;
    else out.push(node.type === "strong" || node.type === "em" || node.type === "link" ? { ...node, children: merge(node.children) } : node);
  }
  return out;
}

/**
 * Inline markup with a delimiter stack (the idea of CommonMark's, much reduced): a run
 * of stars opens when followed by non-space, closes when preceded by non-space, and
 * closes the nearest opener of its kind; openers left over turn back into text. One
 * pass, so no input makes it slow.
 */
function parseInline(src: string, allowLinks: boolean): RichInline[] {
  const root: Frame = { marker: "*", children: [] };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1]!;
  let text = "";
  const flush = () => {
    if (text) top().children.push({ type: "text", text });
    text = "";
  };

  const closeAt = (index: number) => {
    // Openers above the one being closed were never closed: they become text inside it.
    while (stack.length - 1 > index) {
      const open = stack.pop()!;
      collapse(open, top().children);
    }
    const frame = stack.pop()!;
    top().children.push({ type: frame.marker === "**" ? "strong" : "em", children: frame.children });
  };
  const nearest = (marker: "*" | "**") => {
    for (let k = stack.length - 1; k > 0; k -= 1) if (stack[k]!.marker === marker) return k;
    return -1;
  };

  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === "\\" && i + 1 < src.length && ESCAPABLE.has(src[i + 1]!)) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === "\n") {
      flush();
      top().children.push({ type: "break" });
      i += 1;
      continue;
    }
    if (ch === "[" && allowLinks) {
      const link = matchLink(src, i);
      if (link) {
        flush();
        const label = link.label.trim() ? parseInline(link.label, false) : [{ type: "text" as const, text: link.url }];
        const href = safeHref(link.url);
        // An address that is not allowed keeps its label as plain text and loses the link.
        if (href) top().children.push({ type: "link", href, children: label });
        else top().children.push(...label);
        i = link.end;
        continue;
      }
    }
    if (ch !== "*") {
      text += ch;
      i += 1;
      continue;
    }

    let end = i;
    while (src[end] === "*") end += 1;
    const run = end - i;
    const before = src[i - 1];
    const after = src[end];
    const canOpen = after !== undefined && !/\s/.test(after);
    const canClose = before !== undefined && !/\s/.test(before);
    i = end;
    // Long runs of stars are decoration ("****"), not emphasis.
    if (run > 3) {
      text += "*".repeat(run);
      continue;
    }
    flush();
    let remaining = run;
    while (canClose && remaining > 0) {
      let k = -1;
      if (remaining === 3 && stack.length > 1) k = stack.length - 1;
      else if (remaining <= 2) k = nearest(remaining === 2 ? "**" : "*");
      if (k === -1 && remaining === 2) k = nearest("*");
      if (k === -1) break;
      remaining -= stack[k]!.marker.length;
      closeAt(k);
    }
    if (remaining > 0 && canOpen && stack.length <= MAX_DEPTH) {
      // "***" opens bold outside italic, so "***both***" closes the italic first.
      if (remaining >= 2) stack.push({ marker: "**", children: [] });
      if (remaining !== 2) stack.push({ marker: "*", children: [] });
    } else if (remaining > 0) {
      text += "*".repeat(remaining);
    }
  }
  flush();
  while (stack.length > 1) {
    const open = stack.pop()!;
    collapse(open, top().children);
  }
  return merge(root.children);
}

const BULLET = /^\s*[-*•]\s+(.*)$/;

/** The source text as a tree of blocks and inline runs. Normalises first, so stored text of any age is safe. */
export function parseRichText(source: string): RichDocument {
  const text = normaliseRichText(source);
  if (!text) return [];
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", children: parseInline(paragraph.join("\n"), true) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ type: "list", items: list.map((item) => parseInline(item, true)) });
    list = null;
  };

  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      endParagraph();
      endList();
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      endParagraph();
      (list ??= []).push(bullet[1]!);
      continue;
    }
    // An indented line under a bullet continues that item.
    if (list && /^\s/.test(line)) {
      const items: string[] = list;
      items[items.length - 1] += `\n${line.trim()}`;
      continue;
    }
    endList();
    paragraph.push(line.trim());
  }
  endParagraph();
  endList();
  return blocks;
}

/** The words of the text without markup: for comparisons and short summaries. */
export function richTextToPlain(source: string): string {
  const inline = (nodes: RichInline[]): string =>
    nodes.map((n) => (n.type === "text" ? n.text : n.type === "break" ? "\n" : inline(n.children))).join("");
  return parseRichText(source)
    .map((block) => (block.type === "paragraph" ? inline(block.children) : block.items.map((item) => `• ${inline(item)}`).join("\n")))
    .join("\n\n");
}

import { Fragment, type ReactNode } from "react";
import { parseRichText, type RichDocument, type RichInline } from "@/lib/richtext/parse";

function inline(nodes: RichInline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        // A string child: React escapes it, so typed markup is shown as text.
        return <Fragment key={i}>{node.text}</Fragment>;
      case "break":
        return <br key={i} />;
      case "strong":
        return <strong key={i}>{inline(node.children)}</strong>;
      case "em":
        return <em key={i}>{inline(node.children)}</em>;
      case "link":
        // The address passed safeHref when parsed; nofollow because it is user-written.
        return (
          <a key={i} href={node.href} rel="nofollow noopener noreferrer">
            {inline(node.children)}
          </a>
        );
    }
  });
}

/** A parsed document as React elements: paragraphs and bullet lists. Never raw HTML. */
export function RichTextTree({ document }: { document: RichDocument }) {
  return (
    <>
      {document.map((block, i) =>
        block.type === "paragraph" ? (
          <p key={i}>{inline(block.children)}</p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** Rich-text source (lib/richtext/parse.ts) rendered for reading. */
export function RichText({ source, className }: { source: string; className?: string }) {
  const document = parseRichText(source);
  if (document.length === 0) return null;
  return (
    <div className={className ? `richtext ${className}` : "richtext"}>
      <RichTextTree document={document} />
    </div>
  );
}

"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import { fieldId, useFormState } from "@/components/ui/form-context";
import { FieldShell } from "@/components/ui/fields";
import { parseRichText } from "@/lib/richtext/parse";
import { RichTextTree } from "@/lib/richtext/render";
import { insertLink, toggleBullets, toggleEmphasis, type TextEdit } from "@/lib/richtext/editing";

type Tool = { key: string; label: string; shortcut?: string; apply: (edit: TextEdit) => TextEdit };

const TOOLS: Tool[] = [
  { key: "bold", label: "Bold", shortcut: "b", apply: (e) => toggleEmphasis(e, "**", "bold text") },
  { key: "italic", label: "Italic", shortcut: "i", apply: (e) => toggleEmphasis(e, "*", "italic text") },
  { key: "bullets", label: "Bullet list", apply: toggleBullets },
  { key: "link", label: "Link", shortcut: "k", apply: insertLink },
];

const FORMAT_HELP = "Formatting: **bold**, *italic*, a line starting with “- ” for a bullet, [words](https://…) for a link. A blank line starts a new paragraph.";

type Props = { name: string; label: string; hint?: string; defaultValue?: string; rows?: number };

/**
 * A textarea for the rich-text format (lib/richtext/parse.ts) with a small toolbar and
 * a live preview. Inside an ActionForm it shows the field's error and, after a failed
 * save, the text that was sent, like the other fields (components/ui/fields.tsx).
 */
export function RichTextField(props: Props) {
  const { version } = useFormState();
  // Re-mounts with each result so the echoed text becomes the starting value.
  return <RichTextInput key={version} {...props} />;
}

function RichTextInput({ name, label, hint, defaultValue, rows = 8 }: Props) {
  const ownId = useId();
  const { formId, fieldErrors, values } = useFormState();
  const id = fieldId(formId ?? ownId, name);
  const errors = fieldErrors[name] ?? [];
  const initial = values?.[name] ?? defaultValue ?? "";
  const [text, setText] = useState(initial);
  const [preview, setPreview] = useState(false);
  const [activeTool, setActiveTool] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const toolButtons = useRef<(HTMLButtonElement | null)[]>([]);

  const hintId = hint ? `${id}-hint` : undefined;
  const helpId = `${id}-help`;
  const errorId = errors.length ? `${id}-error` : undefined;
  const previewId = `${id}-preview`;
  const describedBy = [hintId, errorId, helpId].filter(Boolean).join(" ");

  function apply(tool: Tool) {
    const el = textarea.current;
    if (!el) return;
    const before = el.value;
    const next = tool.apply({ value: before, selectionStart: el.selectionStart, selectionEnd: el.selectionEnd });
    el.focus();
    replaceKeepingUndo(el, before, next.value);
    el.setSelectionRange(next.selectionStart, next.selectionEnd);
    setText(el.value);
  }

  function onTextKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const tool = TOOLS.find((t) => t.shortcut === event.key.toLowerCase());
    if (!tool) return;
    event.preventDefault();
    apply(tool);
  }

  // One tab stop for the toolbar; arrow keys move between its buttons (the ARIA toolbar pattern).
  function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const count = TOOLS.length + 1;
    const moves: Record<string, number> = { ArrowRight: activeTool + 1, ArrowLeft: activeTool - 1, Home: 0, End: count - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const index = (target + count) % count;
    setActiveTool(index);
    toolButtons.current[index]?.focus();
  }

  return (
    <FieldShell id={id} label={label} hint={hint} hintId={hintId} errors={errors} errorId={errorId} className="richtext-field">
      <div role="toolbar" aria-label={`Formatting: ${label}`} aria-controls={id} className="richtext-toolbar" onKeyDown={onToolbarKeyDown}>
        {TOOLS.map((tool, i) => (
          <button
            key={tool.key}
            ref={(el) => {
              toolButtons.current[i] = el;
            }}
            type="button"
            className={`richtext-tool richtext-tool-${tool.key}`}
            tabIndex={activeTool === i ? 0 : -1}
            onFocus={() => setActiveTool(i)}
            // Keeps the textarea's selection when clicked with a mouse.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => apply(tool)}
            aria-keyshortcuts={tool.shortcut ? `Control+${tool.shortcut.toUpperCase()}` : undefined}
          >
            {tool.label}
          </button>
        ))}
        <button
          ref={(el) => {
            toolButtons.current[TOOLS.length] = el;
          }}
          type="button"
          className="richtext-tool richtext-tool-preview"
          tabIndex={activeTool === TOOLS.length ? 0 : -1}
          onFocus={() => setActiveTool(TOOLS.length)}
          onClick={() => setPreview((shown) => !shown)}
          aria-pressed={preview}
          aria-controls={previewId}
        >
          Preview
        </button>
      </div>
      <textarea
        ref={textarea}
        id={id}
        name={name}
        rows={rows}
        className="input textarea richtext-textarea"
        defaultValue={initial}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={onTextKeyDown}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
      />
      <p id={helpId} className="field-hint richtext-help">
        {FORMAT_HELP}
      </p>
      <div id={previewId} className="richtext-preview" hidden={!preview} role="region" aria-label={`Preview: ${label}`}>
        {preview ? <Preview text={text} /> : null}
      </div>
    </FieldShell>
  );
}

function Preview({ text }: { text: string }) {
  const document = parseRichText(text);
  if (document.length === 0) return <p className="muted">Nothing to preview yet.</p>;
  return (
    <div className="richtext">
      <RichTextTree document={document} />
    </div>
  );
}

/**
 * Replaces only the part that changed, through the browser's editing commands where
 * they exist, so Ctrl+Z undoes a toolbar change like any typing. Falls back to
 * setting the value.
 */
function replaceKeepingUndo(el: HTMLTextAreaElement, before: string, after: string) {
  if (before === after) return;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  el.setSelectionRange(start, endBefore);
  const inserted = after.slice(start, endAfter);
  // execCommand is deprecated but remains the only way to keep the undo history of a textarea.
  const done = typeof document.execCommand === "function" && (inserted ? document.execCommand("insertText", false, inserted) : document.execCommand("delete"));
  if (!done || el.value !== after) el.value = after;
}

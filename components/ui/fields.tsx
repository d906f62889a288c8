"use client";

import { useId, type HTMLInputTypeAttribute, type ReactNode } from "react";
import { fieldId, useFormState } from "@/components/ui/form-context";

type InputMode = "none" | "text" | "tel" | "url" | "email" | "numeric" | "decimal" | "search";
type Option = { value: string; label: string };

/** Ids, the field's error and the value to start from, shared by every field type. */
function useField(name: string, hint: string | undefined, variant?: string) {
  const ownId = useId();
  const { formId, fieldErrors, values, version } = useFormState();
  // Outside an ActionForm the field's own useId keeps the id unique.
  const base = fieldId(formId ?? ownId, name);
  // Checkboxes sharing a name (one per value) each need their own id.
  const id = variant ? `${base}-${variant.replace(/[^A-Za-z0-9_-]/g, "_")}` : base;
  const errors = fieldErrors[name] ?? [];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { id, errors, hintId, errorId, describedBy, echoed: values?.[name], values, version };
}

/** A field's label, hint and error around its control; for controls of its own, a module uses this too. */
export function FieldShell({
  id,
  label,
  hint,
  hintId,
  errors,
  errorId,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  hintId?: string;
  errors: string[];
  errorId?: string;
  className?: string;
  children: ReactNode;
}) {
  const classes = ["field", errors.length > 0 ? "field-invalid" : "", className ?? ""].filter(Boolean).join(" ");
  return (
    <div className={classes}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">Error: </span>
          {errors.join(" ")}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextField({
  name,
  label,
  type = "text",
  hint,
  required,
  defaultValue,
  autoComplete,
  inputMode,
}: {
  name: string;
  label: string;
  type?: HTMLInputTypeAttribute;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  autoComplete?: string;
  inputMode?: InputMode;
}) {
  const f = useField(name, hint);
  return (
    <FieldShell id={f.id} label={label} hint={hint} hintId={f.hintId} errors={f.errors} errorId={f.errorId}>
      <input
        key={f.version}
        id={f.id}
        name={name}
        type={type}
        className="input"
        defaultValue={f.echoed ?? defaultValue}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={f.errorId ? true : undefined}
        aria-describedby={f.describedBy}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  options,
  hint,
  required,
  defaultValue,
}: {
  name: string;
  label: string;
  options: Option[];
  hint?: string;
  required?: boolean;
  defaultValue?: string;
}) {
  const f = useField(name, hint);
  return (
    <FieldShell id={f.id} label={label} hint={hint} hintId={f.hintId} errors={f.errors} errorId={f.errorId}>
      <select
        key={f.version}
        id={f.id}
        name={name}
        className="input select"
        defaultValue={f.echoed ?? defaultValue}
        required={required}
        aria-invalid={f.errorId ? true : undefined}
        aria-describedby={f.describedBy}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  required,
  defaultValue,
  rows = 5,
}: {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  rows?: number;
}) {
  const f = useField(name, hint);
  return (
    <FieldShell id={f.id} label={label} hint={hint} hintId={f.hintId} errors={f.errors} errorId={f.errorId}>
      <textarea
        key={f.version}
        id={f.id}
        name={name}
        rows={rows}
        className="input textarea"
        defaultValue={f.echoed ?? defaultValue}
        required={required}
        aria-invalid={f.errorId ? true : undefined}
        aria-describedby={f.describedBy}
      />
    </FieldShell>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  defaultChecked,
  value = "on",
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
  value?: string;
}) {
  const f = useField(name, hint, value === "on" ? undefined : value);
  // An unticked box sends nothing, so after a failed submit its absence from the echo means "unticked".
  const checked = f.values ? f.echoed === value : defaultChecked;
  return (
    <div className={f.errorId ? "field field-checkbox field-invalid" : "field field-checkbox"}>
      {f.errorId ? (
        <p id={f.errorId} className="field-error">
          <span className="visually-hidden">Error: </span>
          {f.errors.join(" ")}
        </p>
      ) : null}
      <div className="checkbox">
        <input
          key={f.version}
          id={f.id}
          name={name}
          type="checkbox"
          value={value}
          className="checkbox-input"
          defaultChecked={checked}
          aria-invalid={f.errorId ? true : undefined}
          aria-describedby={f.describedBy}
        />
        <label htmlFor={f.id} className="checkbox-label">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={f.hintId} className="field-hint checkbox-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

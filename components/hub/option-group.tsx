"use client";

import { fieldId, useFormState } from "@/components/ui/form-context";

/** Radio buttons with their legend, hint, error and the echoed choice after a refused submit. */
export function OptionGroup({ name, legend, options, hint, defaultValue }: { name: string; legend: string; options: { value: string; label: string }[]; hint?: string; defaultValue?: string }) {
  const { formId, fieldErrors, values, version } = useFormState();
  const errors = fieldErrors[name] ?? [];
  const id = fieldId(formId ?? "hub", name);
  const chosen = values ? values[name] : defaultValue;
  return (
    <fieldset className={errors.length ? "field hub-options field-invalid" : "field hub-options"} id={id} tabIndex={-1} aria-describedby={errors.length ? `${id}-error` : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {errors.length ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {errors.join(" ")}
        </p>
      ) : null}
      <div className="hub-options-list" key={version}>
        {options.map((o) => (
          <label key={o.value} className="hub-option">
            <input type="radio" name={name} value={o.value} defaultChecked={chosen === o.value} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

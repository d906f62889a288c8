"use client";

import { createContext, useContext } from "react";
import type { FieldErrors } from "@/lib/action/result";

/**
 * What an ActionForm tells the fields inside it about the last submission.
 * `version` changes with every new result; fields use it as a `key` so their
 * uncontrolled inputs re-mount and pick up the echoed value as their default.
 * `formId` (the form's useId) prefixes field ids: unique per page even when many
 * forms share field names, and predictable so the error summary can link to a field.
 */
export type FormState = {
  formId: string | undefined;
  fieldErrors: FieldErrors;
  values: Record<string, string> | undefined;
  version: number;
};

const FormContext = createContext<FormState>({ formId: undefined, fieldErrors: {}, values: undefined, version: 0 });

export const FormStateProvider = FormContext.Provider;

export function useFormState(): FormState {
  return useContext(FormContext);
}

export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`;
}

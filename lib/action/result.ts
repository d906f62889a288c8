/**
 * What every server action returns, shaped for React's useActionState.
 * `values` echoes the submitted text fields on error, because React resets a
 * form after its action runs and a user must never lose what they typed.
 */
export type FieldErrors = Record<string, string[]>;

export type ActionErrorCode = "not_found" | "validation" | "conflict" | "rate_limited" | "unauthenticated" | "unexpected";

export type ActionResult<T = unknown> =
  | { status: "idle" }
  | { status: "success"; message?: string; data?: T; redirectTo?: string }
  | {
      status: "error";
      code?: ActionErrorCode;
      message: string;
      fieldErrors?: FieldErrors;
      values?: Record<string, string>;
    };

export const idle: ActionResult = { status: "idle" };

/** The signature every exported server action has (see lib/action/define-action.ts). */
export type FormAction<T = unknown> = (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;

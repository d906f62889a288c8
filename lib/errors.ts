import type { FieldErrors } from "@/lib/action/result";

export type AppErrorCode = "not_found" | "validation" | "conflict" | "rate_limited" | "unauthenticated";

/**
 * The one error type services throw for outcomes a user should see.
 * Anything else is a bug: logged, and shown as a generic "nothing was saved".
 * Not found and not allowed are the same code on purpose: a 404 reveals nothing.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: AppErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const NOT_FOUND_MESSAGE = "Page not found";

export function notFoundError(): AppError {
  return new AppError("not_found", NOT_FOUND_MESSAGE);
}

export function validationError(fieldErrors: FieldErrors, message = "Check the highlighted fields."): AppError {
  return new AppError("validation", message, fieldErrors);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

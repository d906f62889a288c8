import type { z } from "zod";

/**
 * What a field's error says when its schema gave no words of its own. zod's defaults
 * ("Invalid input: expected string, received array", "Too big: expected string to have
 * <=200 characters") are written for developers; a person sees these instead, beside
 * the field. Passed to every action's parse, so a schema's own message always wins.
 */
type Issue = z.core.$ZodRawIssue;

const count = (n: number | bigint) => Number(n).toLocaleString("en-GB");

function blank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

export function plainMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type": {
      const input = issue.input;
      if (blank(input)) return "Fill this in.";
      if (Array.isArray(input)) return "This was sent more than once. Reload the page and try again.";
      if (typeof File !== "undefined" && input instanceof File) return "Type this in rather than attaching a file.";
      if (issue.expected === "number" || issue.expected === "int" || issue.expected === "bigint") return "Enter a whole number, using digits only, like 12.";
      if (issue.expected === "boolean") return "Tick the box or leave it unticked.";
      if (issue.expected === "date") return "Enter a real date.";
      return "This is not something this field can take. Check it and try again.";
    }
    case "too_small": {
      const min = count(issue.minimum);
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Fill this in." : `Use at least ${min} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return Number(issue.minimum) <= 1 ? "Choose at least one." : `Choose at least ${min}.`;
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return `Enter ${issue.inclusive === false ? "more than" : "at least"} ${min}.`;
      return "This is too small.";
    }
    case "too_big": {
      const max = count(issue.maximum);
      if (issue.origin === "string") return `This is too long: keep it to ${max} characters or fewer.`;
      if (issue.origin === "array" || issue.origin === "set") return `Choose no more than ${max}.`;
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return `Enter ${issue.inclusive === false ? "less than" : "at most"} ${max}.`;
      if (issue.origin === "file") return "This file is too big.";
      return "This is too big.";
    }
    case "invalid_format":
      switch (issue.format) {
        case "uuid":
        case "guid":
        case "cuid":
        case "cuid2":
        case "ulid":
          return "This choice is not one the product knows. Reload the page and choose again.";
        case "email":
          return "Enter an email address, like name@example.org.";
        case "url":
          return "Enter a full web address, starting https://";
        case "date":
        case "datetime":
          return "Enter a real date.";
        case "time":
          return "Enter a time, like 09:30.";
        default:
          return "This is not in the form this field takes. Check it and try again.";
      }
    case "invalid_value":
      return "Choose one of the options given.";
    case "not_multiple_of":
      return "Enter a whole number.";
    case "unrecognized_keys":
      return "This form has a field the product does not know. Reload the page and try again.";
    case "invalid_key":
    case "invalid_element":
    case "invalid_union":
      return "This is not something this field can take. Check it and try again.";
    default:
      return "Check this and try again.";
  }
}

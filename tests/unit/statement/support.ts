import { randomUUID } from "node:crypto";
import { statementContentSchema, type StatementContent } from "@/lib/statement/content";

export const entry = (text: string) => ({ id: randomUUID(), text });

/** A complete statement, in the Holme Wood model's shape, with the overrides given. */
export function statement(overrides: Partial<StatementContent> = {}): StatementContent {
  return statementContentSchema.parse({
    title: "Acting Locally",
    introduction: "Schools are at the heart of communities.",
    priority: "Supporting children vulnerable to crime",
    whyItMatters: [entry("The cost of crime is significant.")],
    voices: [{ id: randomUUID(), quote: "It's all about trust.", role: "School Leader", consent: true }],
    mandate: "We need courage to act locally.",
    figures: [{ id: randomUUID(), figure: "1 in 10 children stopped by the police by year 8.", source: "Born in Bradford Age of Wonder", period: "2022-23" }],
    actions: [entry("Establish our intent.")],
    outcomes: [entry("Fewer children involved in crime.")],
    asks: [entry("We'd like to create a forum for schools and VCSE.")],
    ...overrides,
  });
}

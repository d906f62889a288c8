import { getEnv } from "@/lib/env";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function serialise(meta: Record<string, unknown> | undefined): string {
  if (!meta) return "";
  return JSON.stringify(meta, (_key, value: unknown) =>
    value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
  );
}

function write(level: Level, message: string, meta?: Record<string, unknown>): void {
  if (ORDER[level] < ORDER[getEnv().LOG_LEVEL]) return;
  const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message} ${serialise(meta)}`.trimEnd();
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

/** Structured server log. Never log secrets or personal data beyond an email address. */
export const logger = {
  debug: (m: string, meta?: Record<string, unknown>) => write("debug", m, meta),
  info: (m: string, meta?: Record<string, unknown>) => write("info", m, meta),
  warn: (m: string, meta?: Record<string, unknown>) => write("warn", m, meta),
  error: (m: string, meta?: Record<string, unknown>) => write("error", m, meta),
};

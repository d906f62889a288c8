import { z } from "zod";

/**
 * The one place that reads process.env. Parsed lazily on first use so that
 * test setup and the launcher can set DATABASE_URL before anything reads it.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  TEST_DATABASE_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** App worker processes for `npm start` (scripts/serve.mjs); default one per CPU core with DATABASE_URL, always one on the embedded database. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  DATA_DIR: z.string().default(".data"),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Act Locally <no-reply@act-locally.local>"),
  CHROMIUM_PATH: z.string().optional(),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(100 * 1024 * 1024),
  UPLOAD_MAX_ROWS: z.coerce.number().int().positive().default(2_000_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  CI: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** For launchers and test setup that decide configuration at run time (e.g. the embedded database URL). */
export function setEnv(values: Partial<Record<keyof Env, string>>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  cached = undefined;
}

/** Environment for a child process (e.g. `next start`), inheriting ours plus overrides. */
export function childEnv(overrides: Partial<Record<string, string>>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

import { z } from "zod";

/**
 * The benchmark's own settings. lib/env.ts is the app's one reader of process.env and
 * knows nothing of BENCH_*; the bench is a script outside the app, so it parses its few
 * variables here, once, and hands the database URL to the app through setEnv.
 */
const schema = z.object({
  /** A PostgreSQL server to create the throwaway database on (its admin connection). */
  BENCH_DATABASE_URL: z.string().url().optional(),
  /** "1" forces embedded PGlite even when a server is reachable or BENCH_DATABASE_URL is set. */
  BENCH_EMBEDDED: z.enum(["0", "1", "true", "false"]).optional(),
  /** Extra areas added to the Bradford partnership (the demo seed has 3). */
  BENCH_AREAS: z.coerce.number().int().min(1).max(5_000).default(60),
});

export type BenchConfig = { databaseUrl?: string; embedded: boolean; areas: number };

export function benchConfig(): BenchConfig {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid benchmark settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const env = parsed.data;
  return { databaseUrl: env.BENCH_DATABASE_URL, embedded: env.BENCH_EMBEDDED === "1" || env.BENCH_EMBEDDED === "true", areas: env.BENCH_AREAS };
}

/** The local server tried when BENCH_DATABASE_URL is not set. */
export const LOCAL_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres";

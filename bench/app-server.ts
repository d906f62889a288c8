import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * The production app, started the way a user starts it (`scripts/start.ts`: build if the
 * sources changed, migrate, seed the demo on an embedded database), for the HTTP benches.
 * With `databaseUrl` it serves that server's data and seeds nothing.
 */
export type AppServer = { baseUrl: string; stop(): Promise<void> };

export async function startApp({ port, dataDir, databaseUrl }: { port: number; dataDir?: string; databaseUrl?: string }): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}`, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" };
  if (dataDir) env.DATA_DIR = dataDir;
  if (databaseUrl) {
    env.DATABASE_URL = databaseUrl;
    env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";
  } else delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "start.ts")], { env, stdio: ["ignore", "pipe", "inherit"] });
  child.stdout!.on("data", () => undefined);
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} before it answered`);
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error("the app did not answer within 15 minutes");
    await new Promise((r) => setTimeout(r, 1_000));
  }
  return {
    baseUrl,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** Signs in through next-auth's credentials endpoint, as the browser form does; returns the Cookie header. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  keep(csrf);
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return cookieHeader();
}

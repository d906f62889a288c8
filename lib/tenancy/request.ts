import { headers } from "next/headers";
import { randomUUID } from "node:crypto";

/** Request id and client address for the audit log. */
export async function requestInfo(): Promise<{ requestId: string; ip?: string }> {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || undefined;
  return { requestId: h.get("x-request-id") ?? randomUUID(), ip };
}

/** The path of the current request, set by proxy.ts; for navigation state only. */
export async function currentPath(): Promise<string> {
  return (await headers()).get("x-pathname") ?? "/";
}

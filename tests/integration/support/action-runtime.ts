import { randomUUID } from "node:crypto";

/**
 * Stand-in for lib/action/runtime.ts in integration tests: the signed-in user is set
 * by the test instead of decoded from a cookie; everything after that (user, memberships,
 * tenant, services, database) is the real code against a real database.
 */
export class RedirectSignal extends Error {
  constructor(readonly to: string) {
    super(`redirect to ${to}`);
  }
}

let signedIn: string | null = null;
export const revalidated: string[] = [];

export function signInAs(userId: string | null): void {
  signedIn = userId;
}

export const actionRuntime = {
  currentUserId: async () => signedIn,
  requestInfo: async () => ({ requestId: randomUUID(), ip: "127.0.0.1" }),
  revalidate(paths: readonly string[]): void {
    revalidated.push(...paths);
  },
  redirect(to: string): never {
    throw new RedirectSignal(to);
  },
};

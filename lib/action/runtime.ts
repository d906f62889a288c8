import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUserId } from "@/lib/auth/current-user";
import { requestInfo } from "@/lib/tenancy/request";

/**
 * The framework edges of an action: who is signed in, request metadata, cache
 * revalidation and redirects. Kept in one module so integration tests can drive
 * real actions against a real database by substituting only these.
 */
export const actionRuntime = {
  currentUserId,
  requestInfo,
  /** Each path and everything beneath it: an area's change shows on all of its pages. */
  revalidate(paths: readonly string[]): void {
    for (const path of paths) revalidatePath(path, "layout");
  },
  redirect(to: string): never {
    redirect(to);
  },
};

import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";

/**
 * The signed-in user's id from the session cookie, or null. The only place that
 * decodes the cookie; everything about the user is then read from the database.
 */
export async function currentUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : null;
}

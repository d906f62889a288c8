import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";

/**
 * Tags each request with an id (for the audit log and error references), its path (for
 * navigation state in server layouts) and a fresh CSP nonce: Next reads the policy from
 * the request headers and puts the nonce on its own scripts. Not a security boundary for
 * data: every page, action and route checks the tenant itself.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  headers.set("x-pathname", request.nextUrl.pathname);
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, development: getEnv().NODE_ENV === "development" });
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  // A shared Statement of Intent (/s/<token>): kept out of search engines, and the token never leaves in a Referer.
  // A public application form (/apply/<token>) likewise: found through the partnership, not a search engine.
  if (request.nextUrl.pathname.startsWith("/s/") || request.nextUrl.pathname.startsWith("/apply/")) {
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
    response.headers.set("Referrer-Policy", "no-referrer");
  }
  return response;
}

export const config = {
  // Uploads stream their body straight to the route: with the proxy in front, Next would
  // buffer (and cut off at 10 MB) the body for it.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/uploads/|api/v1/).*)"],
};

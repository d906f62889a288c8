import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { randomUUID } from "node:crypto";
import { getEnv } from "@/lib/env";
import { signInWithPassword } from "@/lib/auth/sign-in";

function clientIp(headers: Record<string, unknown> | undefined): string | undefined {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
}

export function authOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    // Cookies are HttpOnly and SameSite=Lax (next-auth's defaults); Secure (and __Secure- prefixed) behind https.
    useSecureCookies: (env.NEXTAUTH_URL ?? "").startsWith("https://"),
    // The token carries only the user id: roles and memberships are re-read from the database on every request.
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const outcome = await signInWithPassword(
            { email: credentials?.email, password: credentials?.password },
            { ip: clientIp(req?.headers), requestId: randomUUID() },
          );
          // next-auth hands a thrown error's message to the sign-in form.
          if (!outcome.ok) throw new Error(outcome.message);
          return { id: outcome.userId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        // Keep the cookie free of personal data: only the id.
        return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub } } as typeof session;
      },
    },
  };
}

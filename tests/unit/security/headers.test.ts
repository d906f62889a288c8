import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "@/lib/security/headers";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("the content security policy", () => {
  const policy = contentSecurityPolicy({ nonce: "abc123==", development: false });

  it("runs scripts only from this origin with the request's nonce, never inline or eval'd", () => {
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it("cannot be framed, posts forms only to itself and loads no plugins", () => {
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
  });

  it("allows eval only in development, for React's refresh runtime", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", development: true }), "script-src")).toContain("'unsafe-eval'");
  });
});

describe("the other security headers", () => {
  it("send HSTS in production only", () => {
    const keys = (production: boolean) => staticSecurityHeaders({ production }).map((h) => h.key);
    expect(keys(true)).toContain("Strict-Transport-Security");
    expect(keys(false)).not.toContain("Strict-Transport-Security");
    expect(keys(true)).toEqual(expect.arrayContaining(["X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"]));
  });
});

describe("nonces", () => {
  it("are fresh and 128 bits each time", () => {
    const seen = new Set(Array.from({ length: 200 }, newNonce));
    expect(seen.size).toBe(200);
    for (const n of seen) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

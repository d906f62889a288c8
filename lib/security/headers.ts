/**
 * The response headers every page and route carries (DESIGN §5, issue 9). Pure, so the
 * policy is unit-tested; proxy.ts applies it with a fresh nonce per request.
 *
 * Scripts run only from this origin and with the request's nonce ('strict-dynamic' lets
 * Next's nonce'd loader pull in its own chunks); no inline script runs without the nonce.
 * Styles allow inline attributes because React and Recharts set `style` on elements;
 * that cannot execute code. Development adds 'unsafe-eval' for React's refresh runtime.
 */
export function contentSecurityPolicy({ nonce, development }: { nonce: string; development: boolean }): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

export type HeaderPair = { key: string; value: string };

/** Headers that do not depend on the request. HSTS only in production: browsers ignore it over plain http anyway. */
export function staticSecurityHeaders({ production }: { production: boolean }): HeaderPair[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** 128 random bits, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

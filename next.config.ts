import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers";

// The Content-Security-Policy, with its per-request nonce, is set in proxy.ts.
const securityHeaders = staticSecurityHeaders({ production: process.env.NODE_ENV === "production" });

const config: NextConfig = {
  poweredByHeader: false,
  // The embedded database and the WASM schema engine run in the launcher, never in the app bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/schema-engine-wasm", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default config;

"use server";

import { z } from "zod";
import { defineAction } from "@/lib/action/define-action";
import type { TenantContext } from "@/lib/tenancy/context";
import { createApiToken, revokeApiToken } from "@/lib/indicators/tokens/services";

const revalidate = (ctx: TenantContext) => [`/p/${ctx.partnershipSlug}/indicators/uploads/tokens`];
const tokens = { scope: "partnership", capability: "api.tokens", revalidate } as const;

export const createApiTokenAction = defineAction({
  ...tokens,
  name: "api_token.create",
  input: z.object({ name: z.string({ message: "Name the token" }).trim().min(1, "Name the token, e.g. the script or machine that will use it").max(100, "Keep the name under 100 characters") }),
  run: createApiToken,
  success: (r) => `Token "${r.name}" created. Copy it now: it will not be shown again.`,
});

export const revokeApiTokenAction = defineAction({
  ...tokens,
  name: "api_token.revoke",
  input: z.object({ tokenId: z.string().uuid() }),
  run: revokeApiToken,
  success: (r) => `Token "${r.name}" is revoked: scripts using it now get 401.`,
});

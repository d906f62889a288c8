import { z } from "zod";
import { can, type Capability } from "@/lib/auth/permissions";
import { AppError, NOT_FOUND_MESSAGE } from "@/lib/errors";
import { loadActor, resolveArea, resolveTenant, type Actor, type AreaRef } from "@/lib/tenancy/resolve";
import type { PlatformContext, TenantContext } from "@/lib/tenancy/context";
import { controlCharacterErrors, echoValues, parseForm } from "@/lib/action/form-data";
import { actionRuntime } from "@/lib/action/runtime";
import type { ActionResult, FieldErrors, FormAction } from "@/lib/action/result";
import { logger } from "@/lib/log";

export type AreaActionContext = TenantContext & { area: AreaRef };

type Common<S extends z.ZodType, R, C> = {
  /** A stable name, e.g. "areas.create": used in logs. */
  name: string;
  input: S;
  run: (ctx: C, input: z.output<S>) => Promise<R>;
  success?: string | ((result: R) => string);
  revalidate?: (ctx: C, result: R) => string[];
  redirectTo?: (ctx: C, result: R) => string | undefined;
};

export type ActionSpec<S extends z.ZodType, R> =
  | ({ scope: "partnership"; capability: Capability } & Common<S, R, TenantContext>)
  | ({ scope: "area"; capability: Capability } & Common<S, R, AreaActionContext>)
  | ({ scope: "platform" } & Common<S, R, PlatformContext>)
  | ({ scope: "public" } & Common<S, R, { requestId: string; ip?: string; actor: Actor | null }>);

/** The claim every tenant form carries; only a claim until the database confirms it. */
const tenantClaim = z.object({
  partnership: z.string().min(1).max(100),
  area: z.string().min(1).max(100).optional(),
});

const notFound: ActionResult<never> = { status: "error", code: "not_found", message: NOT_FOUND_MESSAGE };

function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    const messages = (out[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return out;
}

/**
 * The one server-action wrapper: authenticate → resolve tenant, area and role from
 * the database (the slugs in the form are only claims) → check the capability →
 * parse the input with zod → run the service → revalidate → typed result.
 * Every exported action is a public endpoint, so every step runs on every call.
 */
export type ActionMeta = { name: string; scope: ActionSpec<z.ZodType, unknown>["scope"]; capability?: Capability; input: z.ZodType };

/** Read by the cross-tenant test suite, which enumerates every exported action. */
export function actionMeta(action: unknown): ActionMeta | undefined {
  return typeof action === "function" ? (action as { actionMeta?: ActionMeta }).actionMeta : undefined;
}

export function defineAction<S extends z.ZodType, R>(spec: ActionSpec<S, R>): FormAction<R> {
  const meta: ActionMeta = { name: spec.name, scope: spec.scope, capability: "capability" in spec ? spec.capability : undefined, input: spec.input };
  return Object.assign(action, { actionMeta: meta });

  async function action(_previous: ActionResult<R>, formData: FormData): Promise<ActionResult<R>> {
    const request = await actionRuntime.requestInfo();
    let outcome: Outcome<R>;
    try {
      outcome = await perform(formData, request);
    } catch (error) {
      // The database gone away, or any other fault: the form keeps its values and says so plainly.
      logger.error(`action ${spec.name} failed`, { requestId: request.requestId, error });
      return unexpected(request.requestId, formData);
    }
    if (outcome.kind === "result") return outcome.result;
    const { ctx, result } = outcome;
    const typedCtx = ctx as never;
    if (spec.revalidate) actionRuntime.revalidate(spec.revalidate(typedCtx, result));
    const to = spec.redirectTo?.(typedCtx, result);
    if (to) actionRuntime.redirect(to);
    const message = typeof spec.success === "function" ? spec.success(result) : spec.success;
    return { status: "success", message, data: result };
  }

  async function perform(formData: FormData, request: { requestId: string; ip?: string }): Promise<Outcome<R>> {
    const userId = await actionRuntime.currentUserId();
    const actor = userId ? await loadActor(userId) : null;
    if (!actor && spec.scope !== "public") {
      return { kind: "result", result: { status: "error", code: "unauthenticated", message: "Your session has ended. Sign in again to continue." } };
    }

    let ctx: TenantContext | AreaActionContext | PlatformContext | { requestId: string; ip?: string; actor: Actor | null };
    if (spec.scope === "public") {
      ctx = { ...request, actor };
    } else if (spec.scope === "platform") {
      if (!actor!.isPlatformAdmin) return { kind: "result", result: notFound };
      ctx = { userId: actor!.id, userEmail: actor!.email, ...request };
    } else {
      const claim = tenantClaim.safeParse({ partnership: formData.get("partnership") ?? undefined, area: formData.get("area") ?? undefined });
      if (!claim.success) return { kind: "result", result: notFound };
      const tenant = await resolveTenant(actor!, claim.data.partnership, request);
      if (!tenant) return { kind: "result", result: notFound };
      if (spec.scope === "area") {
        const area = claim.data.area ? await resolveArea(tenant, claim.data.area) : null;
        if (!area || !can(tenant.grants, spec.capability, area.id)) return { kind: "result", result: notFound };
        ctx = { ...tenant, area };
      } else {
        if (!can(tenant.grants, spec.capability)) return { kind: "result", result: notFound };
        ctx = tenant;
      }
    }

    const controlErrors = controlCharacterErrors(formData);
    if (Object.keys(controlErrors).length) {
      return { kind: "result", result: { status: "error", code: "validation", message: "Check the highlighted fields.", fieldErrors: controlErrors, values: echoValues(formData) } };
    }
    const parsed = parseForm(spec.input, formData);
    if (!parsed.success) {
      return {
        kind: "result",
        result: { status: "error", code: "validation", message: "Check the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error), values: echoValues(formData) },
      };
    }

    try {
      // The union of specs and contexts line up by `scope`; TypeScript cannot follow that correlation.
      const result = await (spec.run as (c: typeof ctx, i: z.output<S>) => Promise<R>)(ctx, parsed.data);
      return { kind: "done", ctx, result };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // A tenant's not found says nothing more; a public link's (an invitation, an application
      // form) tells its holder, who has no tenant to hide from, that the link is dead and why.
      if (error.code === "not_found") return { kind: "result", result: spec.scope === "public" ? { status: "error", code: "not_found", message: error.message } : notFound };
      return { kind: "result", result: { status: "error", code: error.code, message: error.message, fieldErrors: error.fieldErrors, values: echoValues(formData) } };
    }
  }
}

type Outcome<R> = { kind: "result"; result: ActionResult<R> } | { kind: "done"; ctx: unknown; result: R };

function unexpected(requestId: string, formData: FormData): ActionResult<never> {
  return {
    status: "error",
    code: "unexpected",
    message: `Something went wrong and nothing was saved. Try again; if it keeps happening, quote reference ${requestId}.`,
    values: echoValues(formData),
  };
}

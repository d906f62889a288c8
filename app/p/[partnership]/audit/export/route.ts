import { auditFilters, iterateAuditEvents } from "@/lib/audit/query";
import { can } from "@/lib/auth/permissions";
import { routeTenant } from "@/lib/tenancy/route";
import { toCsvLine } from "@/lib/csv/escape";
import { csvResponse } from "@/lib/csv/response";

const COLUMNS = ["id", "time_utc", "actor", "action", "entity_type", "entity_id", "area_id", "before", "after", "request_id"] as const;

/** The audit log as CSV, streamed page by page; formula-leading cells are escaped. 404 for anyone but the tenant's admins. */
export async function GET(request: Request, { params }: { params: Promise<{ partnership: string }> }) {
  const ctx = await routeTenant((await params).partnership);
  if (!ctx || !can(ctx.grants, "audit.read")) return new Response("Not found", { status: 404 });

  const filters = auditFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const encoder = new TextEncoder();
  const rows = iterateAuditEvents(ctx, filters);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(toCsvLine([...COLUMNS])));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      const e = next.value;
      controller.enqueue(
        encoder.encode(
          toCsvLine([
            e.id.toString(),
            e.createdAt.toISOString(),
            e.actorEmail ?? "",
            e.action,
            e.entityType,
            e.entityId ?? "",
            e.areaId ?? "",
            e.before === null ? "" : JSON.stringify(e.before),
            e.after === null ? "" : JSON.stringify(e.after),
            e.requestId ?? "",
          ]),
        ),
      );
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return csvResponse(stream, `audit-${ctx.partnershipSlug}-${date}.csv`);
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { phaseName } from "@/lib/blueprint/phases";
import { formatDateTime } from "@/components/ui/format";

type Event = { id: bigint; action: string; actorEmail: string | null; createdAt: Date; before: Prisma.JsonValue; after: Prisma.JsonValue };

function field(json: Prisma.JsonValue, key: string): string | undefined {
  if (!json || typeof json !== "object" || Array.isArray(json)) return undefined;
  const value = (json as Record<string, Prisma.JsonValue>)[key];
  return value === null || value === undefined ? undefined : String(value);
}

/** A sentence for each blueprint event of the audit log. */
export function describeEvent(e: Event): string {
  const item = field(e.after, "item") ?? "an item";
  switch (e.action) {
    case "blueprint.phase.advanced": {
      const to = Number(field(e.after, "phase"));
      return `Moved from phase ${field(e.before, "phase")} to phase ${to}, ${phaseName(to)}`;
    }
    case "blueprint.item.attested":
      return `Confirmed “${item}”: ${field(e.after, "note") ?? ""}`;
    case "blueprint.item.attestation_withdrawn":
      return `Withdrew the confirmation of “${item}”`;
    case "blueprint.item.waived":
      return `Waived “${item}”: ${field(e.after, "waiverReason") ?? ""}`;
    case "blueprint.item.waiver_withdrawn":
      return `Withdrew the waiver of “${item}”`;
    case "blueprint.cycle.started":
      return `Started cycle ${field(e.after, "cycle")} on “${field(e.after, "focus") ?? "the next priority"}”, back in Deliver & Act`;
    case "statement.agreed": {
      const meeting = field(e.after, "meeting");
      return `Statement of Intent agreed${meeting ? ` at “${meeting}”` : ""}${field(e.after, "agreedOn") ? ` on ${field(e.after, "agreedOn")}` : ""}`;
    }
    case "statement.published": {
      const version = e.after && typeof e.after === "object" && !Array.isArray(e.after) ? field((e.after as Record<string, Prisma.JsonValue>).version ?? null, "number") : undefined;
      return `Statement of Intent published${version ? ` as version ${version}` : ""}`;
    }
    case "theory_of_change.saved": {
      const note = field(e.after, "changeNote");
      return `Theory of change saved as version ${field(e.after, "number") ?? "?"}${note ? `: ${note}` : ""}`;
    }
    default:
      return e.action;
  }
}

export function Timeline({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="muted">No moves, confirmations or waivers yet.</p>;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id.toString()} className="timeline-event">
          <time dateTime={e.createdAt.toISOString()} className="timeline-time">
            {formatDateTime(e.createdAt)}
          </time>
          <p className="timeline-text">{describeEvent(e)}</p>
          <p className="muted">{e.actorEmail ?? "System"}</p>
        </li>
      ))}
    </ol>
  );
}

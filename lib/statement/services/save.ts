import { db, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { validationError } from "@/lib/errors";
import { readStatementContent, statementContentSchema, type StatementContent, type StatementPartner } from "@/lib/statement/content";
import { changedSections } from "@/lib/statement/diff";
import { ownStatement, staleRevision } from "@/lib/statement/services/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatementState } from "@/lib/generated/prisma/enums";
import type { AreaActionContext } from "@/lib/action/define-action";

export type SaveStatementInput = { statementId: string; revision: number; content: StatementContent };
export type SavedStatement = { revision: number; state: StatementState; changed: boolean; wasState: StatementState };

/**
 * Partners are organisations of this partnership: each id is checked against the tenant
 * and the name is taken from the organisation, whatever the form said.
 */
async function tenantPartners(tx: Tx, ctx: AreaActionContext, partners: StatementPartner[]): Promise<StatementPartner[]> {
  if (partners.length === 0) return [];
  const ids = partners.map((p) => p.organisationId);
  const found = await tx.organisation.findMany({ where: { partnershipId: ctx.partnershipId, id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(found.map((o) => [o.id, o.name]));
  const unknown = ids.filter((id) => !names.has(id));
  if (unknown.length) throw validationError({ partners: ["An organisation you chose is not in this partnership (it may have been removed): choose the partners again."] });
  return partners.map((p) => ({ organisationId: p.organisationId, name: names.get(p.organisationId)! }));
}

/**
 * Saves the working copy of the statement, whole. `revision` is the revision the writer
 * started from: if anyone saved since, nothing is written (optimistic concurrency; the
 * conditional update also settles two saves racing each other). Any change to an agreed
 * or published statement makes it a draft again; its published versions stay as they were.
 * A save that changes nothing writes nothing and keeps the state.
 */
export async function saveStatementDraft(ctx: AreaActionContext, input: SaveStatementInput): Promise<SavedStatement> {
  const parsed = statementContentSchema.parse(input.content);
  return db().$transaction(async (tx) => {
    const before = await ownStatement(tx, ctx, input.statementId);
    if (before.revision !== input.revision) throw staleRevision();
    const content: StatementContent = { ...parsed, partners: await tenantPartners(tx, ctx, parsed.partners) };
    const previous = readStatementContent(before.content);
    // Both sides come out of the same zod schema, so equal documents serialise alike.
    if (JSON.stringify(previous) === JSON.stringify(content)) {
      return { revision: before.revision, state: before.state, changed: false, wasState: before.state };
    }

    const updated = await tx.statementOfIntent.updateMany({
      where: { partnershipId: ctx.partnershipId, id: before.id, areaId: ctx.area.id, revision: input.revision },
      data: { content: content as unknown as Prisma.InputJsonValue, revision: { increment: 1 }, state: "draft", agreedOn: null, agreedAtMeetingId: null },
    });
    if (updated.count !== 1) throw staleRevision();
    const revision = input.revision + 1;
    const sections = changedSections(previous, content);
    await audit(tx, ctx, {
      action: "statement.saved",
      entityType: "StatementOfIntent",
      entityId: before.id,
      areaId: ctx.area.id,
      before: { state: before.state, revision: before.revision },
      after: { state: "draft", revision, changedSections: sections },
    });
    return { revision, state: "draft", changed: true, wasState: before.state };
  });
}

"use server";

import { defineAction, type AreaActionContext } from "@/lib/action/define-action";
import { statementFormInput } from "@/lib/statement/form-input";
import { startStatement, startStatementInput } from "@/lib/statement/services/start";
import { saveStatementDraft, type SavedStatement } from "@/lib/statement/services/save";
import { agreeStatement, agreeStatementInput, publishStatement, publishStatementInput } from "@/lib/statement/services/lifecycle";
import { askResponseInput, recordAskResponse } from "@/lib/statement/services/ask-responses";
import { createShareLink, createShareLinkInput, revokeShareLink, revokeShareLinkInput } from "@/lib/statement/services/share-links";
import { STATE_LABELS } from "@/lib/statement/labels";

/**
 * A statement change shows on its own pages, on the area's checklist (phase 3 gate) and
 * on the partnership overview; shared links (/s/…) read the database on every request.
 */
const revalidate = (ctx: AreaActionContext) => [`/p/${ctx.partnershipSlug}`];
const write = { scope: "area", capability: "area.write", revalidate } as const;

function savedMessage(r: SavedStatement): string {
  if (!r.changed) return "No changes to save.";
  if (r.wasState !== "draft") return `Saved. The statement is a draft again: the ${STATE_LABELS[r.wasState].toLowerCase()} text stays as it was until this draft is agreed${r.wasState === "published" ? " and published" : ""}.`;
  return "Saved.";
}

export const startStatementAction = defineAction({
  ...write,
  name: "statement.start",
  input: startStatementInput,
  run: (ctx: AreaActionContext) => startStatement(ctx),
  success: "Statement of Intent started. Write each section, then save.",
});

export const saveStatementAction = defineAction({ ...write, name: "statement.save", input: statementFormInput, run: saveStatementDraft, success: savedMessage });

export const agreeStatementAction = defineAction({
  ...write,
  name: "statement.agree",
  input: agreeStatementInput,
  run: agreeStatement,
  success: (r) => (r.missing.length ? `Marked as agreed. The checklist still lacks ${r.missing.join(", ")}.` : "Marked as agreed. You can publish it now."),
});

export const publishStatementAction = defineAction({
  ...write,
  name: "statement.publish",
  input: publishStatementInput,
  run: (ctx: AreaActionContext, input: { statementId: string; revision: number }) => publishStatement(ctx, input),
  // The publish form goes away once published, so the page itself says what happened.
  redirectTo: (ctx: AreaActionContext, r: { number: number }) => `/p/${ctx.partnershipSlug}/areas/${ctx.area.slug}/statement?published=${r.number}`,
});

export const recordAskResponseAction = defineAction({ ...write, name: "statement.ask_response", input: askResponseInput, run: recordAskResponse, success: "Response saved." });

export const createShareLinkAction = defineAction({
  ...write,
  name: "statement.share_link.create",
  input: createShareLinkInput,
  run: createShareLink,
  success: "Link created. Copy it now: it is shown only once.",
});

export const revokeShareLinkAction = defineAction({ ...write, name: "statement.share_link.revoke", input: revokeShareLinkInput, run: revokeShareLink, success: "Link revoked. It stops working at once." });

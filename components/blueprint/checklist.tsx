import Link from "next/link";
import type { EvaluatedItem, ItemStatus } from "@/lib/blueprint/gate";
import { attestItemAction, waiveItemAction, withdrawAttestationAction, withdrawWaiverAction } from "@/lib/blueprint/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/fields";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/ui/format";

const STATUS: Record<ItemStatus, { label: string; className: string }> = {
  met: { label: "Met", className: "badge badge-met" },
  not_met: { label: "Not met", className: "badge badge-not-met" },
  waived: { label: "Waived", className: "badge badge-waived" },
  unavailable: { label: "Not yet available", className: "badge badge-unavailable" },
};

type Props = {
  items: EvaluatedItem[];
  base: string;
  partnership: string;
  area: string;
  /** Whether the phase has been reached: later phases' items cannot be marked yet. */
  reached: boolean;
  canWrite: boolean;
  canWaive: boolean;
};

/** One phase's checklist: each item's status, why, where the work is done, and the marks the viewer may make. */
export function Checklist({ items, base, partnership, area, reached, canWrite, canWaive }: Props) {
  const hidden = { partnership, area };
  return (
    <ul className="checklist">
      {items.map((item) => {
        const status = STATUS[item.status];
        const { attested, waived } = item.mark;
        return (
          <li key={item.key} className="checklist-item" id={`item-${item.key}`}>
            <div className="checklist-head">
              <span className={status.className}>{status.label}</span>
              <h4 className="checklist-title">{item.title}</h4>
              <span className="checklist-kind">
                {item.required ? "Required" : "Optional"} · {item.kind === "derived" ? "worked out from records" : "confirmed by the co-ordinator"}
              </span>
            </div>
            <p className="checklist-detail">{item.detail}</p>
            <p className="muted">{item.guidance}</p>
            {waived ? (
              <p className="checklist-mark">
                Waived by {waived.by} on {formatDate(new Date(waived.at))}: “{waived.reason}”
              </p>
            ) : null}
            {attested ? (
              <p className="checklist-mark">
                Confirmed by {attested.by} on {formatDate(new Date(attested.at))}
                {attested.evidenceUrl ? (
                  <>
                    {" · "}
                    <a href={attested.evidenceUrl} rel="noopener noreferrer" target="_blank">
                      evidence<span className="visually-hidden"> for {item.title} (opens in a new tab)</span>
                    </a>
                  </>
                ) : null}
              </p>
            ) : null}
            <div className="checklist-actions">
              {item.href && item.kind === "derived" && item.status !== "unavailable" ? (
                <Link href={`${base}/${item.href}`}>
                  Go to the records<span className="visually-hidden"> for {item.title}</span>
                </Link>
              ) : null}
              {reached && canWrite && item.kind === "attested" && !attested ? (
                <details className="checklist-form">
                  <summary>
                    Mark as done<span className="visually-hidden">: {item.title}</span>
                  </summary>
                  <ActionForm action={attestItemAction} {...hidden} submitLabel="Confirm">
                    <input type="hidden" name="itemKey" value={item.key} />
                    <TextAreaField name="note" label="How was this done?" rows={3} required />
                    <TextField name="evidenceUrl" type="url" label="Link to evidence (optional)" hint="For example minutes or a shared document, starting with https://" />
                  </ActionForm>
                </details>
              ) : null}
              {reached && canWrite && attested ? (
                <ConfirmButton
                  action={withdrawAttestationAction}
                  fields={{ ...hidden, itemKey: item.key }}
                  label={`Withdraw confirmation of ${item.title}`}
                  confirmTitle="Withdraw this confirmation?"
                  confirmText="The item goes back to not met. The timeline keeps a record of both."
                  confirmLabel="Withdraw"
                />
              ) : null}
              {reached && canWaive && item.required && !waived && item.status !== "met" ? (
                <details className="checklist-form">
                  <summary>
                    Waive<span className="visually-hidden"> {item.title}</span>
                  </summary>
                  <ActionForm action={waiveItemAction} {...hidden} submitLabel="Waive this item">
                    <input type="hidden" name="itemKey" value={item.key} />
                    <TextAreaField name="reason" label="Reason for the waiver" hint="Shown on the checklist and the area's timeline." rows={3} required />
                  </ActionForm>
                </details>
              ) : null}
              {reached && canWaive && waived ? (
                <ConfirmButton
                  action={withdrawWaiverAction}
                  fields={{ ...hidden, itemKey: item.key }}
                  label={`Withdraw waiver of ${item.title}`}
                  confirmTitle="Withdraw this waiver?"
                  confirmText="The item must then be met before the area can move on."
                  confirmLabel="Withdraw"
                />
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

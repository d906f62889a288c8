"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { MappingStep, type MappingField, type MappingSpec, type Unrecognised } from "@/components/indicators/mapping-step";

/**
 * The upload page's journey, all in the browser so the file never has to be chosen twice:
 * a first look at the file's opening rows (what the importer takes it for), the column
 * mapping when it is not a layout the importer knows, then the upload itself with its
 * progress (bytes sent, and rows the server has read), and on to the preview.
 */
type Props = { partnership: string; maxBytes: number; maxBytesLabel: string; fields: MappingField[] };

type Stage =
  | { step: "choose" }
  | { step: "checking" }
  | { step: "recognised"; description: string }
  | { step: "mapping"; unrecognised: Unrecognised }
  | { step: "uploading"; sent: number; total: number; rowsRead: number }
  | { step: "finishing"; rowsRead: number }
  | { step: "error"; message: string; retry: boolean };

type Upload = { mapping?: { id: string } | { spec: MappingSpec; saveAs: string } };

const PROBE_BYTES = 256 * 1024;

function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The file's opening bytes, cut at the last line break so no row is read half. */
async function opening(file: File): Promise<Blob> {
  const head = new Uint8Array(await file.slice(0, PROBE_BYTES).arrayBuffer());
  if (file.size <= PROBE_BYTES) return new Blob([head]);
  const cut = head.lastIndexOf(0x0a);
  return new Blob([cut > 0 ? head.subarray(0, cut + 1) : head]);
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
}

export function UploadFlow({ partnership, maxBytes, maxBytesLabel, fields }: Props) {
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ step: "choose" });
  const poll = useRef<ReturnType<typeof setInterval> | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const endpoint = `/api/uploads/${encodeURIComponent(partnership)}`;

  useEffect(() => () => {
    if (poll.current) clearInterval(poll.current);
  }, []);

  useEffect(() => {
    if (stage.step === "error") statusRef.current?.focus();
  }, [stage.step]);

  async function check(chosen: File) {
    setFile(chosen);
    if (chosen.size === 0) return setStage({ step: "error", message: "The file is empty.", retry: false });
    if (chosen.size > maxBytes) return setStage({ step: "error", message: `The file is ${sizeLabel(chosen.size)}, larger than ${maxBytesLabel}, the most one upload may hold. Split it (by year or by indicator) and upload the parts one after another.`, retry: false });
    setStage({ step: "checking" });
    try {
      const response = await fetch(`${endpoint}?probe=1&fileName=${encodeURIComponent(chosen.name)}`, { method: "POST", body: await opening(chosen), headers: { "content-type": "text/csv" } });
      if (response.ok) {
        const body = (await response.json()) as { recognised: { description: string } };
        return setStage({ step: "recognised", description: body.recognised.description });
      }
      const body = (await response.json().catch(() => null)) as { error?: Unrecognised & { kind?: string; message?: string } } | null;
      if (response.status === 422 && body?.error?.kind === "unrecognised") return setStage({ step: "mapping", unrecognised: body.error });
      setStage({ step: "error", message: body?.error?.message ?? `The server answered ${response.status}.`, retry: false });
    } catch {
      setStage({ step: "error", message: "The file could not be checked: the connection failed. Try again.", retry: true });
    }
  }

  function upload(options: Upload = {}) {
    if (!file) return;
    const batch = newId();
    const query = new URLSearchParams({ fileName: file.name, batch });
    if (options.mapping && "id" in options.mapping) query.set("mapping", options.mapping.id);
    else if (options.mapping) {
      query.set("mappingSpec", JSON.stringify(options.mapping.spec));
      if (options.mapping.saveAs.trim()) query.set("saveMappingAs", options.mapping.saveAs.trim());
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${endpoint}?${query.toString()}`);
    xhr.setRequestHeader("content-type", "text/csv");
    let rowsRead = 0;
    setStage({ step: "uploading", sent: 0, total: file.size, rowsRead: 0 });
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setStage((s) => (s.step === "uploading" ? { ...s, sent: e.loaded, total: e.total } : s));
    };
    xhr.upload.onload = () => setStage({ step: "finishing", rowsRead });
    // Rows the server has read so far: the batch appears once the file's format is known.
    poll.current = setInterval(async () => {
      try {
        const r = await fetch(`/p/${encodeURIComponent(partnership)}/indicators/uploads/${batch}/progress`, { cache: "no-store" });
        if (!r.ok) return;
        const p = (await r.json()) as { rowsRead: number };
        rowsRead = p.rowsRead;
        setStage((s) => (s.step === "uploading" || s.step === "finishing" ? { ...s, rowsRead } : s));
      } catch {
        // A missed poll only delays the count.
      }
    }, 1000);
    const stop = () => {
      if (poll.current) clearInterval(poll.current);
      poll.current = null;
    };
    xhr.onload = async () => {
      stop();
      if (xhr.status === 201) {
        router.push(`/p/${encodeURIComponent(partnership)}/indicators/uploads/${batch}`);
        return;
      }
      setStage({ step: "error", message: await errorMessage(new Response(xhr.responseText, { status: xhr.status })), retry: false });
    };
    xhr.onerror = () => {
      stop();
      setStage({ step: "error", message: "The upload stopped: the connection failed. Nothing was kept; try again.", retry: true });
    };
    xhr.send(file);
  }

  const busy = stage.step === "checking" || stage.step === "uploading" || stage.step === "finishing";
  return (
    <div className="upload-flow">
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          CSV file
        </label>
        <p className="field-hint" id={`${inputId}-hint`}>
          The platform&apos;s template, a Fingertips export, a DfE explore education statistics file, or any CSV whose columns you map. Up to {maxBytesLabel}.
        </p>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          className="input upload-file"
          aria-describedby={`${inputId}-hint`}
          disabled={busy}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) void check(chosen);
          }}
        />
      </div>

      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="upload-status">
        {stage.step === "checking" ? <p>Checking {file?.name}…</p> : null}
        {stage.step === "recognised" && file ? (
          <div className="notice notice-info">
            <p className="notice-title">
              {file.name} ({sizeLabel(file.size)})
            </p>
            <p>{stage.description}</p>
          </div>
        ) : null}
        {stage.step === "uploading" ? (
          <div className="upload-progress">
            <label>
              Uploading {file?.name}: {Math.round((stage.sent / Math.max(1, stage.total)) * 100)}%
              <progress max={stage.total} value={stage.sent} />
            </label>
            <p className="muted">{stage.rowsRead > 0 ? `${stage.rowsRead.toLocaleString("en-GB")} rows read so far.` : "The server reads the rows as they arrive."}</p>
          </div>
        ) : null}
        {stage.step === "finishing" ? (
          <p>
            Uploaded. Checking the last rows and working out what would change{stage.rowsRead > 0 ? ` (${stage.rowsRead.toLocaleString("en-GB")} rows read)` : ""}…
          </p>
        ) : null}
      </div>

      {stage.step === "error" ? (
        <div role="alert" className="notice notice-error">
          <p className="notice-title">The file was not accepted</p>
          <p>{stage.message}</p>
          {stage.retry && file ? (
            <button type="button" className="button button-secondary" onClick={() => void check(file)}>
              Try again
            </button>
          ) : null}
        </div>
      ) : null}

      {stage.step === "recognised" ? (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => upload()}>
            Upload and preview
          </button>
        </div>
      ) : null}

      {stage.step === "mapping" && file ? <MappingStep fileName={file.name} unrecognised={stage.unrecognised} fields={fields} onUpload={(mapping) => upload({ mapping })} /> : null}
    </div>
  );
}

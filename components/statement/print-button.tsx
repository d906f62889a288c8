"use client";

/** Opens the browser's print dialog; the print stylesheet (app/statement.css) lays the document out on A4. */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button type="button" className="button button-primary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}

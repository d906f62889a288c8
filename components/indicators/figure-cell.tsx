import type { Figure } from "@/lib/indicators/uploads/display";

/** A figure in a table: markers (c, x, z…) carry their meaning for screen readers and on hover. */
export function FigureCell({ figure }: { figure: Figure }) {
  if (!figure.label) return <>{figure.text}</>;
  return (
    <abbr title={figure.label} className="upload-mark">
      {figure.text}
      <span className="visually-hidden"> ({figure.label})</span>
    </abbr>
  );
}

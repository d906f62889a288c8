import Link from "next/link";
import type { PhaseView } from "@/lib/blueprint/services/blueprint-view";

/** The five phases in order: done, current, to come; each opens its checklist. */
export function PhaseStepper({ phases, current, shown, href }: { phases: PhaseView[]; current: number; shown: number; href: (phase: number) => string }) {
  return (
    <nav aria-label="Blueprint phases">
      <ol className="stepper">
        {phases.map((p) => {
          const state = p.number < current ? "done" : p.number === current ? "current" : "todo";
          return (
            <li key={p.number} className={`stepper-step stepper-${state}${p.number === shown ? " stepper-shown" : ""}`}>
              <Link href={href(p.number)} aria-current={p.number === shown ? "step" : undefined}>
                <span className="stepper-number" aria-hidden="true">
                  {state === "done" ? "✓" : p.number}
                </span>
                <span className="stepper-text">
                  <span className="stepper-name">{p.name}</span>
                  <span className="stepper-state">
                    {state === "done" ? "Done" : state === "current" ? `Current: ${p.gate.met} of ${p.gate.required} required` : "To come"}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

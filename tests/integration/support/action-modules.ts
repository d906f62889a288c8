import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { actionMeta, type ActionMeta } from "@/lib/action/define-action";
import type { FormAction } from "@/lib/action/result";

export type DiscoveredAction = { file: string; exportName: string; action: FormAction; meta: ActionMeta };

function findActionFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (entry === "generated" || entry === "node_modules") continue;
    if (statSync(full).isDirectory()) out.push(...findActionFiles(full));
    else if (/^actions?(\.[\w-]+)?\.ts$/.test(entry) || (path.basename(dir) === "actions" && entry.endsWith(".ts"))) out.push(full);
  }
  return out.sort();
}

/**
 * Every exported server action of the product, found on disk so that a new module's
 * actions join the cross-tenant suite without anyone remembering to add them.
 * An export that is not built with defineAction fails the suite: there is one wrapper.
 */
export async function discoverActions(): Promise<{ actions: DiscoveredAction[]; unwrapped: string[] }> {
  const root = path.resolve(process.cwd(), "lib");
  const actions: DiscoveredAction[] = [];
  const unwrapped: string[] = [];
  for (const file of findActionFiles(root)) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      const meta = actionMeta(value);
      const rel = path.relative(process.cwd(), file);
      if (!meta) {
        unwrapped.push(`${rel}#${exportName}`);
        continue;
      }
      actions.push({ file: rel, exportName, action: value as FormAction, meta });
    }
  }
  return { actions, unwrapped };
}

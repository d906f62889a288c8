import { register } from "node:module";

/**
 * For benches that render the app's React components outside Next (bench:dashboard): a
 * component's `import "@/app/….css"` is Next's business, so here a stylesheet loads as an
 * empty module. Loaded with `tsx --import ./bench/css-stub.ts`.
 */
const hooks = `export async function load(url, context, next) {
  if (url.endsWith(".css")) return { format: "module", source: "", shortCircuit: true };
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

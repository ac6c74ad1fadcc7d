// Node processes of this project (tests, scripts, benchmarks, the e2e seeders) run on the server
// by definition, so `import "server-only"` is satisfied there: this resolve hook resolves it with
// the "react-server" condition, as Next's server bundles do (its empty module). Next's own
// bundles enforce it for the browser. Loaded with `node --import ./scripts/server-only.mjs`.
export async function resolve(specifier, context, next) {
  if (specifier !== "server-only") return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}

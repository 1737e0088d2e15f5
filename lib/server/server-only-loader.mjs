// A module resolve hook for our HTTP server process: `server-only` (which marks modules that must
// never reach a browser bundle) resolves as it does inside Next's server bundle, through its
// react-server export, so the lean collector can load the same route modules Next serves.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== 'server-only') return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, 'react-server'] });
}

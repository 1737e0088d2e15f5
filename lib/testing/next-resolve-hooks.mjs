// Test-only module-resolution hooks (registered by server-modules.ts) so route handlers load in
// plain Node the way Next.js's bundler loads them on the server:
// - `next/navigation` is its react-server build (the client build needs React's client APIs);
// - next-auth's providers are CommonJS with `exports.default`, which the bundler imports as the
//   default export and Node does not; a one-line ESM wrapper re-exports that default.
const NAVIGATION = 'next/dist/client/components/navigation.react-server.js';

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'next/navigation') return nextResolve(NAVIGATION, context);
  if (specifier.startsWith('next-auth/providers/') && !context.parentURL?.startsWith('data:')) {
    const real = await nextResolve(specifier, context);
    const source = `import m from ${JSON.stringify(real.url)}; export default m.default ?? m;`;
    return { url: `data:text/javascript,${encodeURIComponent(source)}`, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

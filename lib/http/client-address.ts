// The one answer to "who is calling": the login limits, the collect rate limit and the stored
// network prefix all read the client address here, so none of them trusts a header a client wrote.
//
// Our own HTTP server (lib/server/app-server.ts) writes the socket's address into SOCKET_ADDRESS_HEADER
// on every request, after deleting any copy that came in, so route handlers can rely on it.
// X-Forwarded-For is read only when PATHWISE_PROXY_HOPS says how many proxies of ours append to it.

export const SOCKET_ADDRESS_HEADER = 'x-pathwise-socket-address';

/** What request code reads headers through: a web Headers, or our server's view of Node's headers. */
export type HeaderReader = { get(name: string): string | null };

type HeaderSource = HeaderReader | Record<string, unknown> | undefined;

/** PATHWISE_PROXY_HOPS: how many reverse proxies we run in front of the app (0, the default: none). */
export function proxyHops(raw = process.env.PATHWISE_PROXY_HOPS): number {
  const hops = Number(raw ?? 0);
  return Number.isInteger(hops) && hops > 0 ? Math.min(hops, 32) : 0;
}

// Every request asks; the setting is fixed for the process, so it is read once.
let configuredHops: number | undefined;
const processHops = () => (configuredHops ??= proxyHops());

/**
 * With no hops the socket's address, whatever X-Forwarded-For claims. With N hops each of our
 * proxies appended the address it saw, so the N-th entry from the right is the one the outermost
 * proxy saw: the client. Entries to its left are the client's own claims. A chain shorter than N
 * did not pass through all our proxies, so only the socket is known.
 */
export function selectClientAddress(input: { socket: string | null; forwardedFor: string | null; hops: number }): string | null {
  const socket = input.socket?.trim() || null;
  if (input.hops <= 0) return socket;
  const chain = (input.forwardedFor ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return chain.length >= input.hops ? (chain[chain.length - input.hops] ?? socket) : socket;
}

function header(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  // Node lower-cases header names, so a header called "get" is a string, never a function.
  if (typeof headers.get === 'function') return (headers as HeaderReader).get(name);
  const value = (headers as Record<string, unknown>)[name];
  if (typeof value === 'string') return value;
  // Node joins repeated X-Forwarded-For lines with ", " already; arrays come from other callers.
  return Array.isArray(value) ? value.filter((part) => typeof part === 'string').join(', ') || null : null;
}

/** The trusted client address of a request, or null when the app runs without our server (next dev). */
export function clientAddress(headers: HeaderSource, hops = processHops()): string | null {
  return selectClientAddress({ socket: header(headers, SOCKET_ADDRESS_HEADER), forwardedFor: header(headers, 'x-forwarded-for'), hops });
}

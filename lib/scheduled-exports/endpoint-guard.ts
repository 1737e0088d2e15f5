// Destinations are URLs an admin types in, and the server connects to them: without a guard they
// make Pathwise a port scanner of its own network. Endpoints must resolve to public addresses only,
// checked when saved, again before each delivery, and at connect time by the HTTP agents (so a DNS
// answer that changes in between cannot slip through). PATHWISE_ALLOW_PRIVATE_DESTINATIONS=1 lifts
// it for on-premises object stores.
import dns, { type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { isPrivateAddress } from './private-address';

export class DestinationNotAllowed extends Error {
  override name = 'DestinationNotAllowed';
}

export const privateDestinationsAllowed = () => process.env.PATHWISE_ALLOW_PRIVATE_DESTINATIONS === '1';

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = (host) =>
  dns.promises.lookup(host, { all: true, verbatim: true }).then((answers) => answers.map((answer) => answer.address));

/** Throws DestinationNotAllowed (with the detail for the log) unless every address of the host is public. */
export async function assertPublicEndpoint(endpoint: string, resolve: Resolver = systemResolver): Promise<void> {
  // Empty means AWS itself.
  if (!endpoint || privateDestinationsAllowed()) return;
  const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch (error) {
    throw new DestinationNotAllowed(`${host} does not resolve (${(error as { code?: string }).code ?? String(error)})`);
  }
  const refused = addresses.filter(isPrivateAddress);
  if (addresses.length === 0 || refused.length > 0) {
    throw new DestinationNotAllowed(`${host} resolves to ${refused.join(', ') || 'nothing'}: a loopback, link-local or private address`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup for http(s).Agent that fails the connection when any answer is private. */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, answers) => {
    if (error) return callback(error, []);
    const refused = answers.filter((answer) => isPrivateAddress(answer.address));
    if (answers.length === 0 || refused.length > 0) {
      const blocked = new DestinationNotAllowed(`${hostname} resolved to ${refused.map((a) => a.address).join(', ')} at connect time`);
      return callback(blocked as NodeJS.ErrnoException, []);
    }
    if (options.all) return callback(null, answers);
    callback(null, answers[0]!.address, answers[0]!.family);
  });
}

// Raw client addresses never reach the database: only a network prefix (IPv4 /24, IPv6 /48),
// which is enough for rate limiting and coarse geography but not to single out a household.
import { isIPv4, isIPv6 } from 'node:net';

// A collect request asks twice (rate limit, stored network) and the same few addresses recur.
const recent = new Map<string, string | null>();

export function anonymizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const known = recent.get(raw);
  if (known !== undefined) return known;
  if (recent.size >= 1000) recent.clear();
  const prefix = networkPrefix(raw);
  recent.set(raw, prefix);
  return prefix;
}

function networkPrefix(raw: string): string | null {
  let ip = raw.trim();
  // "[::1]:1234" and "1.2.3.4:5678" forms that some proxies write.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed?.[1]) ip = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':'));
  ip = ip.replace(/%.*$/, ''); // zone id, e.g. fe80::1%eth0

  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) ip = mapped[1];
  if (isIPv4(ip)) return ip.split('.').slice(0, 3).concat('0').join('.');
  if (isIPv6(ip)) return `${expandIpv6(ip).slice(0, 3).join(':')}::`;
  return null;
}

/** Eight 16-bit groups as lower-case hex without leading zeros. */
function expandIpv6(ip: string): string[] {
  let address = ip.toLowerCase();
  // An embedded IPv4 tail (e.g. 64:ff9b::1.2.3.4) counts as two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (v4?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = v4[1].split('.').map(Number);
    address = address.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((group) => parseInt(group, 16).toString(16));
}

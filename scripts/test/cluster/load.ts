// The load generator: `clients` concurrent clients send SDK batches of ten, round-robin over the
// replicas still alive, for `seconds`. An event counts as acknowledged only when its batch was
// answered 200 with all ten stored; a batch cut off by a dying replica may or may not be stored.
import { UA, type Replica } from './replicas';

export type LoadResult = { acked: Set<number>; batches: number; refused: number; cutOff: number; p99Ms: number };

export async function load(
  replicas: Replica[],
  siteKey: string,
  options: { seconds: number; clients: number; at: { fraction: number; act: () => void }[] },
): Promise<LoadResult> {
  const acked = new Set<number>();
  const latencies: number[] = [];
  let sequence = 0;
  let refused = 0;
  let cutOff = 0;
  const deadline = Date.now() + options.seconds * 1000;
  const timers = options.at.map(({ fraction, act }) => setTimeout(act, options.seconds * 1000 * fraction));
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      for (let turn = client; Date.now() < deadline; turn++) {
        const live = replicas.filter((replica) => replica.alive);
        const replica = live[turn % live.length];
        if (!replica) return;
        const ids = Array.from({ length: 10 }, () => ++sequence);
        const batch = {
          site: siteKey,
          anon: `cluster-anon-${client}`,
          sid: `cluster-sid-${client}`,
          sent: Date.now(),
          events: ids.map((n) => ({ type: 'click', ts: Date.now(), url: `https://cluster.test/e/${n}` })),
        };
        const started = performance.now();
        try {
          const response = await fetch(`http://127.0.0.1:${replica.port}/api/collect`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain', origin: 'https://cluster.test', 'user-agent': UA },
            body: JSON.stringify(batch),
          });
          if (response.ok && ((await response.json()) as { stored: number }).stored === 10) {
            ids.forEach((n) => acked.add(n));
            replica.acked += 10;
            latencies.push(performance.now() - started);
          } else refused++;
        } catch {
          cutOff++;
        }
      }
    }),
  );
  timers.forEach(clearTimeout);
  latencies.sort((a, b) => a - b);
  const p99Ms = latencies[Math.floor(latencies.length * 0.99)] ?? NaN;
  return { acked, batches: latencies.length, refused, cutOff, p99Ms: Math.round(p99Ms) };
}

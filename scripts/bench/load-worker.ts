// The ingest bench's load generator, in a process of its own (forked by load.ts) so that the bench's other work
// never slows it. It has to be cheap, or it (not the server) is what gets measured: node:http with
// one keep-alive socket per client, bodies assembled from pre-serialised parts, and answers read
// as bytes (a regex for the stored count instead of JSON.parse).
import { Agent, request } from 'node:http';

export type LoadJob = {
  port: number;
  path: string;
  method: 'POST' | 'OPTIONS';
  /** 'batch': SDK batches of 10 events; 'none': no body. */
  body: 'batch' | 'none';
  clients: number;
  /** This worker's first client number, so clients of several workers stay distinct. */
  firstClient: number;
  seconds: number;
  headers: Record<string, string>;
};

export type LoadReport = { requests: number; acknowledged: number; errors: number; latencies: number[]; seconds: number };

const URLS = 40;
const SENT = Date.now();
// The events of one batch for each of the 40 pages; ts are relative to SENT, which the server
// corrects for skew (lib/ingest/clock.ts), so old bodies still land at "now".
const EVENTS = Array.from({ length: URLS }, (_, page) =>
  JSON.stringify(
    Array.from({ length: 10 }, (_, i) => ({
      type: i === 0 ? 'pageview' : 'click',
      ts: SENT - (10 - i) * 50,
      url: `https://learn.example.org/quests/${page}`,
      x: 100 + i,
      y: 200 + i,
      el: { id: `b${i}`, tag: 'BUTTON', text: 'Continue quest' },
    })),
  ),
);

/** A new session every 20 batches, so sessions are both created and extended. */
export function batchBody(client: number, seq: number): string {
  const sid = `benchsid${client}x${Math.floor(seq / 20)}`;
  return `{"site":"bench","anon":"benchanon${client}","sid":"${sid}","sent":${SENT},"events":${EVENTS[(client * 7 + seq) % URLS]}}`;
}

const STORED = /"stored":(\d+)/;

export function runLoad(job: LoadJob): Promise<LoadReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.clients });
  const latencies: number[] = [];
  let requests = 0;
  let acknowledged = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + job.seconds * 1000;

  const once = (client: number, seq: number) =>
    new Promise<void>((resolve) => {
      const body = job.body === 'batch' ? batchBody(client, seq) : undefined;
      const t0 = performance.now();
      const headers = body ? { ...job.headers, 'content-length': String(Buffer.byteLength(body)) } : job.headers;
      const finish = (ok: boolean, stored: number) => {
        requests++;
        if (ok) acknowledged += stored;
        else errors++;
        latencies.push(performance.now() - t0);
        resolve();
      };
      const req = request({ agent, host: '127.0.0.1', port: job.port, path: job.path, method: job.method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const ok = (res.statusCode ?? 500) < 300;
          const text = chunks.length ? Buffer.concat(chunks).toString('latin1') : '';
          finish(ok, Number(STORED.exec(text)?.[1] ?? 0));
        });
        res.on('error', () => finish(false, 0));
      });
      req.on('error', () => finish(false, 0));
      req.end(body);
    });

  const client = async (id: number) => {
    for (let seq = 0; performance.now() < deadline; seq++) await once(id, seq);
  };
  return Promise.all(Array.from({ length: job.clients }, (_, i) => client(job.firstClient + i))).then(() => {
    agent.destroy();
    return { requests, acknowledged, errors, latencies, seconds: (performance.now() - started) / 1000 };
  });
}

// Forked by load.ts: the job arrives as a message, the report goes back the same way.
if (process.send) {
  process.once('message', (job: LoadJob) => {
    void runLoad(job).then((report) => process.send!(report, () => process.exit(0)));
  });
}

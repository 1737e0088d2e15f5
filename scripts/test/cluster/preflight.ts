// What the cluster suite needs besides PostgreSQL (whose absence the database helper reports):
// Redis for the shared limits and Prometheus for the scrape. Nothing is skipped quietly: Redis is
// required; Prometheus missing fails under CI and is announced as skipped elsewhere.
import net from 'node:net';
import { prometheusVersion } from './prometheus';

export async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export async function preflight(redisUrl: string): Promise<{ prometheus: string | null }> {
  if (!(await redisAnswers(redisUrl)))
    throw new Error(
      `Redis does not answer at ${redisUrl}; the cluster suite shares limits through it and never skips that. ` +
        'Start it with `redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no`.',
    );
  const prometheus = prometheusVersion();
  if (!prometheus) {
    const message = 'Prometheus is not installed (`apt-get install -y prometheus`, or set PROMETHEUS_BIN)';
    if (process.env.CI) throw new Error(`${message}; under CI the Prometheus scrape check is required.`);
    console.log(`⚠ SKIPPED: ${message}: the Prometheus scrape check does not run. CI fails here instead.`);
  }
  return { prometheus };
}

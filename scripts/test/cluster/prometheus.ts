// Prometheus 2.x (Debian's package) as the real consumer of /metrics: a temporary config scraping
// one replica every second with the bearer token, its TSDB in a temporary directory.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const PROMETHEUS_BIN = process.env.PROMETHEUS_BIN ?? 'prometheus';

export function prometheusVersion(): string | null {
  const result = spawnSync(PROMETHEUS_BIN, ['--version'], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  return /version (\S+)/.exec(`${result.stdout}${result.stderr}`)?.[1] ?? 'unknown';
}

export async function startPrometheus(options: { port: number; target: number; token: string }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pathwise-prometheus-'));
  const config = path.join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      'scrape_configs:',
      '  - job_name: pathwise',
      '    authorization:',
      `      credentials: ${options.token}`,
      '    static_configs:',
      `      - targets: ['127.0.0.1:${options.target}']`,
      '',
    ].join('\n'),
  );
  const base = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    PROMETHEUS_BIN,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${options.port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let alive = true;
  child.once('exit', () => (alive = false));
  for (let i = 0; ; i++) {
    if (!alive || i > 60) throw new Error(`Prometheus did not become ready on ${base}`);
    if (
      await fetch(`${base}/-/ready`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await sleep(500);
  }
  return {
    /** The instant value of a PromQL expression with one series, or null when it has none yet. */
    async value(expr: string): Promise<number | null> {
      const response = await fetch(`${base}/api/v1/query?query=${encodeURIComponent(expr)}`);
      const body = (await response.json()) as { data?: { result?: { value: [number, string] }[] } };
      const series = body.data?.result ?? [];
      if (series.length > 1) throw new Error(`${expr} matched ${series.length} series`);
      return series[0] ? Number(series[0].value[1]) : null;
    },
    async stop() {
      if (alive) {
        const exit = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exit;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

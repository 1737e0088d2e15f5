// GET /metrics in Prometheus' text format, for a bearer token equal to PATHWISE_METRICS_TOKEN.
// Without the variable the endpoint does not exist (404), so nothing is exposed by default.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { metrics } from '../metrics/registry';

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function refuse(response: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'private, no-store', ...extra });
  response.end(JSON.stringify({ error: { code, message } }));
}

export async function serveMetrics(
  request: IncomingMessage,
  response: ServerResponse,
  token = process.env.PATHWISE_METRICS_TOKEN,
): Promise<void> {
  if (!token) return refuse(response, 404, 'not_found', 'Metrics are off; set PATHWISE_METRICS_TOKEN to turn them on.');
  if (!tokenMatches(request.headers.authorization, token))
    return refuse(response, 401, 'unauthorized', 'Send the metrics token as "Authorization: Bearer <token>".', {
      'www-authenticate': 'Bearer',
    });
  const { registry } = metrics();
  const body = await registry.metrics();
  response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
  response.end(body);
}

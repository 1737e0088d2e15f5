// Counts what the server API (/api/events, answered by Next) did with each request: events
// accepted, or the refusal's error code. Read from the answer itself, so every refusal the route
// can give is counted by the code the caller saw, without each one reporting it.
import { metrics } from './registry';

type Handler = (request: Request) => Promise<Response>;

async function errorCode(response: Response): Promise<string> {
  try {
    const body = (await response.clone().json()) as { error?: { code?: unknown } };
    return typeof body.error?.code === 'string' ? body.error.code : `http_${response.status}`;
  } catch {
    return `http_${response.status}`;
  }
}

export function countServerEvents(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request);
    if (response.status >= 400) metrics().serverEventsRefused.inc({ reason: await errorCode(response) });
    else {
      const body = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { stored?: unknown };
      if (typeof body.stored === 'number') metrics().serverEventsAccepted.inc(body.stored);
    }
    return response;
  };
}

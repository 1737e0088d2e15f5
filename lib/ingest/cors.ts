// Collection endpoints are called from other origins (every site embedding the SDK). No
// credentials are used, so a wildcard origin is enough and keeps responses cacheable.
export const COLLECT_CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
};

/** Adds the CORS headers to any response, errors included, so the SDK can read the status. */
export function withCors(response: Response): Response {
  for (const [name, value] of Object.entries(COLLECT_CORS)) response.headers.set(name, value);
  return response;
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: COLLECT_CORS });
}

// The shared shape of the /api/analytics/* routes: authorise (401/403), parse the filters and the
// route's own parameters (400 naming the parameter), resolve the site (404/403), run ONE query
// and answer JSON. Pages call the same query functions, so page and API can never disagree.
import 'server-only';
import { z } from 'zod';
import { resolveSite, type AuthorizedSite } from '@/lib/access';
import { requireRole, type SessionUser } from '@/lib/auth';
import { parseFilters, type Filters } from '@/lib/params/filters';
import { toErrorResponse } from '@/lib/http/errors';

export type AnalyticsContext<Extra> = { user: SessionUser; site: AuthorizedSite; filters: Filters; params: Extra };

// Parameters every route accepts (parsed by lib/params/filters); they must not trip `.strict()` schemas.
const FILTER_KEYS = ['site', 'range', 'from', 'to'];

export function analyticsRoute<Schema extends z.ZodType>(
  schema: Schema,
  run: (context: AnalyticsContext<z.output<Schema>>) => Promise<unknown>,
) {
  return async function GET(request: Request): Promise<Response> {
    try {
      const user = await requireRole('ADMIN', 'INSTRUCTOR');
      const search = new URL(request.url).searchParams;
      const filters = parseFilters(search);
      const own = Object.fromEntries([...search].filter(([key, value]) => !FILTER_KEYS.includes(key) && value !== ''));
      const params = schema.parse(own);
      const site = await resolveSite(user, filters.siteKey);
      const body = await run({ user, site, filters, params });
      return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** `?limit=` as a bounded whole number. */
export function limitParam(max: number, fallback: number) {
  return z.coerce.number({ error: 'limit must be a number' }).int('limit must be a whole number').min(1).max(max).default(fallback);
}

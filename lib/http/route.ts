// The one shape of every route handler: who may call (401/403), what is let in before anything is
// read (a rate limit, a site secret), the zod-parsed path segments, query and JSON body (400 naming
// the parameter), for analytics routes the dashboard filters and the site (404/403), then ONE lib
// call. Its result is answered as JSON, or passed through when it is already a Response (streams,
// files, images). One Cache-Control policy and one error mapping (lib/http/errors.ts) for all.
import 'server-only';
import type { z } from 'zod';
import { resolveSite, type AuthorizedSite } from '@/lib/access';
import type { Role, SessionUser } from '@/lib/auth/roles';
import { readJsonBody } from './body';
import { withCors } from '@/lib/ingest/cors';
import { FILTER_KEYS, inSiteZone, parseFilters, type Filters } from '@/lib/params/filters';
import type { RangePreset } from '@/lib/params/range-presets';
import { paramRecord } from '@/lib/params/search-params';
import { toErrorResponse } from './errors';

/**
 * - `private` (the default): anything authenticated or personal, never stored by a cache;
 * - `uncompressed`: the same, and no-transform, which keeps Next's gzip off (it does not wait for
 *   a slow client, so a large stream would pile up in memory; and tiny ingest answers gain nothing);
 * - `{ publicSeconds }`: public data browsers may keep (the SDK and its per-site config).
 * Refusals are always `private`.
 */
export type CachePolicy = 'private' | 'uncompressed' | { publicSeconds: number };

function cacheControl(policy: CachePolicy): string {
  if (policy === 'private') return 'private, no-store';
  if (policy === 'uncompressed') return 'private, no-store, no-transform';
  return `public, max-age=${policy.publicSeconds}`;
}

type AnyObject = z.ZodType<Record<string, unknown>>;
type Analytics = { site: 'required' | 'optional'; defaultRange?: RangePreset };

type Allow = readonly Role[] | 'public';

export type RouteSpec<
  W extends Allow,
  Admitted,
  Params extends AnyObject,
  Query extends AnyObject,
  Body extends z.ZodType,
  A extends Analytics | undefined,
> = {
  /** Roles that may call (anonymous → 401, other roles → 403), or 'public'. */
  allow: W;
  /** Runs before anything is read: e.g. a rate limit, or the site secret that authenticates a server. */
  admit?: (request: Request) => Admitted | Promise<Admitted>;
  /** The dynamic path segments. */
  params?: Params;
  /** The route's own search parameters (first value of each; an empty value counts as absent). */
  query?: Query;
  /** A JSON body, read up to `maxBytes` (413 beyond). */
  body?: { schema: Body; maxBytes: number };
  /**
   * Analytics routes: the dashboard filters (site, range, from, to), and the site they name, which
   * must be one the caller may see. 'required' falls back to the caller's first site; 'optional'
   * checks a named site only (routes about a student rather than a site).
   */
  analytics?: A;
  cache?: CachePolicy;
  /** For the collection endpoints, called from every site's pages: CORS headers on every answer. */
  cors?: boolean;
};

export type RouteContext<W extends Allow, Admitted, Params, Query, Body, A> = {
  request: Request;
  /** The signed-in caller; null on public routes. */
  user: W extends 'public' ? null : SessionUser;
  admitted: Admitted;
  params: Params;
  query: Query;
  body: Body;
  filters: A extends Analytics ? Filters : undefined;
  site: A extends { site: 'required' } ? AuthorizedSite : A extends Analytics ? AuthorizedSite | null : undefined;
};

type Segments = { params?: Promise<Record<string, string | string[]>> };

export function route<
  W extends Allow,
  Admitted = undefined,
  Params extends AnyObject = z.ZodObject<Record<never, never>>,
  Query extends AnyObject = z.ZodObject<Record<never, never>>,
  Body extends z.ZodType = z.ZodUndefined,
  A extends Analytics | undefined = undefined,
>(
  spec: RouteSpec<W, Admitted, Params, Query, Body, A>,
  run: (context: RouteContext<W, Admitted, z.output<Params>, z.output<Query>, z.output<Body>, A>) => Promise<unknown> | unknown,
) {
  const respond = (response: Response) => {
    // Every answer says what it is; a browser must not guess a script or page out of JSON.
    response.headers.set('X-Content-Type-Options', 'nosniff');
    return spec.cors ? withCors(response) : response;
  };
  return async function handler(request: Request, segments: Segments = {}): Promise<Response> {
    try {
      const allow: Allow = spec.allow;
      // Loaded only when needed: public routes (the collector above all) never pay for sessions.
      const user = allow === 'public' ? null : await (await import('@/lib/auth')).requireRole(...allow);
      const admitted = (spec.admit ? await spec.admit(request) : undefined) as Admitted;
      const params = spec.params ? spec.params.parse((await segments.params) ?? {}) : {};
      const search = new URL(request.url).searchParams;
      const query = spec.query ? spec.query.parse(paramRecord(search, spec.analytics ? FILTER_KEYS : [])) : {};
      const body = spec.body ? spec.body.schema.parse(await readJsonBody(request, spec.body.maxBytes)) : undefined;
      const parsed = spec.analytics ? parseFilters(search, new Date(), spec.analytics.defaultRange) : undefined;
      const named = spec.analytics?.site === 'required' || parsed?.siteKey;
      const site = spec.analytics && user && named ? await resolveSite(user, parsed?.siteKey) : spec.analytics ? null : undefined;
      // Days are the site's local days: ranges move to its zone once the site is known.
      const filters = parsed && site ? inSiteZone(parsed, site.timeZone) : parsed;
      const context = { request, user, admitted, params, query, body, filters, site };
      const result = await run(context as RouteContext<W, Admitted, z.output<Params>, z.output<Query>, z.output<Body>, A>);
      const response = result instanceof Response ? result : Response.json(result);
      if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', cacheControl(spec.cache ?? 'private'));
      return respond(response);
    } catch (error) {
      const response = toErrorResponse(error);
      response.headers.set('Cache-Control', cacheControl('private'));
      return respond(response);
    }
  };
}

/** What every site analytics answer starts with: which site and which period it covers. */
export function scopeOf(site: AuthorizedSite, filters: Filters): { site: string; from: string; to: string } {
  return { site: site.key, from: filters.from.toISOString(), to: filters.to.toISOString() };
}

// The wire format of POST /api/collect (browser SDK) and POST /api/events (servers): one batch of
// events for one site. Limits are generous for real pages but bound what one request may cost us.
import { z } from 'zod';
import { EVENT_TYPES } from '@/lib/taxonomy';

/** Bytes; checked against Content-Length and against the bytes actually read. */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_EVENTS_PER_BATCH = 100;

// Ids the SDK generates: random, URL-safe, never derived from the device.
const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 characters of A-Z a-z 0-9 _ -');
/**
 * Every string from a sender goes through this: NUL is dropped and a lone surrogate becomes U+FFFD
 * because PostgreSQL cannot store either in text or JSON (SQLite can), and one provider must not
 * accept what the other crashes on.
 */
const text = (max: number) => z.string().overwrite(storableText).max(max);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
/** Milliseconds since epoch, up to 2100: far enough for any clock, and always a valid Date. */
export const MAX_TIMESTAMP_MS = Date.UTC(2100, 0, 1);
const epochMs = int(1, MAX_TIMESTAMP_MS);
/** Prop numbers are bounded like every other number, so none is absurd in a chart or an export.
 * The bound sits above 19 digits so a card number sent as a number is accepted and then redacted
 * (lib/ingest/pii.ts) rather than refused. */
const MAX_PROP_NUMBER = 1e20;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Every string of every batch passes here; nearly none holds NUL or any surrogate, and one test
// finds that out without building two copies of the string.
const SUSPECT = /[\0\uD800-\uDFFF]/;

export function storableText(value: string): string {
  if (!SUSPECT.test(value)) return value;
  return value.replaceAll('\0', '').replace(LONE_SURROGATE, '\uFFFD');
}

const propValue = z.union([text(1000), z.number().min(-MAX_PROP_NUMBER).max(MAX_PROP_NUMBER), z.boolean(), z.null()]);
/** Flat key → primitive map; nested objects are refused so props stay queryable and bounded. */
export const propsSchema = z.record(text(64).min(1), propValue).refine((props) => Object.keys(props).length <= 30, 'at most 30 props');

export const elementSchema = z
  .object({
    id: text(200).optional(),
    cls: text(500).optional(),
    tag: text(100).optional(),
    text: text(500).optional(),
  })
  .strict();

export const collectEventSchema = z
  .object({
    type: z.enum(EVENT_TYPES),
    /** Client clock, ms since epoch. */
    ts: epochMs,
    name: text(200).optional(),
    url: text(4096).optional(),
    title: text(500).optional(),
    ref: text(4096).optional(),
    el: elementSchema.optional(),
    x: int(-1_000_000, 10_000_000).optional(),
    y: int(-1_000_000, 10_000_000).optional(),
    depth: int(0, 100).optional(),
    /** A measured duration: load time on a pageview, engaged time on page_exit, time visible on visibility. */
    ms: int(0, 7 * 24 * 3600 * 1000).optional(),
    props: propsSchema.optional(),
  })
  .strict()
  .refine((event) => event.type !== 'custom' || !!event.name, {
    message: 'custom events need a name',
    path: ['name'],
  });

const batchShape = {
  /** The site's public key (data-site). */
  site: text(100).min(1),
  /** Anonymous visitor id (localStorage). Servers may omit it. */
  anon: clientId.optional(),
  /** Session id shared across tabs. Servers may omit it. */
  sid: clientId.optional(),
  /** Platform user id from identify() or the server (User.externalId). */
  uid: text(200).min(1).optional(),
  /** The platform server's signature of uid: "<exp>.<hex HMAC-SHA256>" (lib/ingest/identity-token.ts). */
  uidToken: text(100).optional(),
  /** The browser asked not to be tracked (DNT or GPC). */
  dnt: z.boolean().optional(),
  lang: text(100).optional(),
  screen: z
    .string()
    .regex(/^\d{1,5}x\d{1,5}$/, 'must look like 1920x1080')
    .optional(),
  /** Client clock when the batch was sent, used to correct client clock skew. */
  sent: epochMs.optional(),
  events: z.array(collectEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
};

/** POST /api/events: a server knows no browser ids, so anon and sid are optional. */
export const serverBatchSchema = z.object(batchShape).strict();
/** POST /api/collect: the SDK always sends its visitor and session ids. */
export const collectBatchSchema = z.object({ ...batchShape, anon: clientId, sid: clientId }).strict();

export type CollectEvent = z.infer<typeof collectEventSchema>;
export type CollectBatch = z.infer<typeof serverBatchSchema>;

/** GET /api/collect?site=…&url=… (no-JavaScript pixel). */
export const pixelQuerySchema = z.object({
  site: text(100).min(1),
  url: text(4096).optional(),
  ref: text(4096).optional(),
  title: text(500).optional(),
});

export const configQuerySchema = z.object({ site: text(100).min(1) });

/** What the SDK learns from GET /api/collect/config before it sends anything. */
export type SiteClientConfig = {
  respectDnt: boolean;
  requireConsent: boolean;
  captureText: boolean;
  captureMouse: boolean;
};

// Bucket keys in a site's local time: `YYYY-MM-DD` (day), `YYYY-MM-DDTHH` (hour),
// `YYYY-MM-DDTHH:MM` (minute) or the Monday of the ISO week, all of local wall-clock time.
//
// Why this shape: SQLite has no time-zone database, and PostgreSQL's AT TIME ZONE would make the
// two providers disagree whenever their tz data differ, so the database never sees a zone name.
// A single fixed offset is wrong across a daylight-saving change (a New York range spanning
// 8 March would put the night's events an hour off), and flooring by 24-hour steps from the first
// midnight is wrong too (local days are 23 or 25 hours long then). Instead lib/time/site-day.ts
// splits the query's own range into the few pieces of constant offset (one, unless a change falls
// inside), and each row is shifted by its piece's offset before the ordinary UTC key functions
// apply: CASE WHEN t < change₁ THEN key(t + o₁) WHEN t < change₂ THEN key(t + o₂) ELSE key(t + o₃) END.
// The change instants are bound as parameters, like every range. UTC sites get the plain key.
import type { Interval } from './buckets';
import { sql, type Sql } from './sql';
import { offsetPieces } from '@/lib/time/site-day';

/**
 * The local bucket key of `column` for rows in [from, to) (rows outside that range get the key of
 * the nearest piece's offset, so widen the range to every row the query reads).
 */
export function localKey(column: string, interval: Interval, zone: string, from: Date, to: Date): Sql {
  const pieces = offsetPieces(zone, from, to);
  const key = (offsetMs: number) => sql.shiftedKey(column, interval, Math.round(offsetMs / 1000));
  if (pieces.length === 1) return key(pieces[0]!.offsetMs);
  const branches = pieces.map((piece) =>
    piece.until ? sql`WHEN ${sql.raw(column)} < ${piece.until} THEN ${key(piece.offsetMs)} ` : sql`ELSE ${key(piece.offsetMs)} `,
  );
  return sql`(CASE ${sql.join(branches, '')}END)`;
}

// Object names: `<prefix><site>/<first event time>_<last event time>_events-<first id>-<last id>.<ext>`.
// Sorting by name sorts by time, the site and range are readable at a glance, and the ids make a
// retried delivery of the same range overwrite its own object rather than add a second copy.

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

export function objectKeyFor(parts: {
  prefix: string;
  siteKey: string;
  firstAt: Date;
  lastAt: Date;
  fromId: number;
  toId: number;
  extension: string;
}): string {
  return `${parts.prefix}${parts.siteKey}/${stamp(parts.firstAt)}_${stamp(parts.lastAt)}_events-${parts.fromId}-${parts.toId}.${parts.extension}`;
}

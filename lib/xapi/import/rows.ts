// The rows of an import file, one per line, with their line numbers: NDJSON (an xAPI statement
// or a Pathwise server batch per line), a JSON array of statements (read whole: use NDJSON for
// large files), or CSV with the header `actor,verb,activity,activity_name,timestamp[,score][,id]`
// (actor = an e-mail address or an account name under --home-page).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export type Row = { line: number; kind: 'statement'; statement: unknown } | { line: number; kind: 'batch'; batch: unknown };
export class RowError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export type Format = 'ndjson' | 'json' | 'csv';

export function formatOf(file: string): Format {
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.json$/i.test(file)) return 'json';
  return 'ndjson';
}

/** A stable UUID from a row's content, so re-importing a row without an id is still a no-op. */
export function derivedId(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function jsonRow(text: string, line: number): Row {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RowError(line, 'not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RowError(line, 'expected a JSON object');
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.events)) return { line, kind: 'batch', batch: record };
  if (record.id === undefined) record.id = derivedId(text);
  return { line, kind: 'statement', statement: record };
}

/** One CSV line (RFC 4180 quoting; a quoted field may not span lines). */
export function splitCsvLine(text: string): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && char === '"') {
      quoted = false;
    } else if (quoted) {
      cell += char;
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  if (quoted) return null;
  cells.push(cell);
  return cells;
}

const CSV_HEADER = ['actor', 'verb', 'activity', 'activity_name', 'timestamp'];

function csvStatement(cells: string[], columns: string[], line: number, homePage: string | null): Row {
  const get = (name: string) => cells[columns.indexOf(name)]?.trim() ?? '';
  const actorText = get('actor');
  if (!actorText) throw new RowError(line, 'actor is empty');
  const actor = actorText.includes('@')
    ? { objectType: 'Agent', mbox: `mailto:${actorText}` }
    : homePage
      ? { objectType: 'Agent', account: { homePage, name: actorText } }
      : null;
  if (!actor) throw new RowError(line, 'actor is not an e-mail address, and no --home-page names the account system');
  const statement: Record<string, unknown> = {
    id: get('id') || derivedId(cells.join(',')),
    actor,
    verb: { id: get('verb') },
    object: {
      objectType: 'Activity',
      id: get('activity'),
      ...(get('activity_name') ? { definition: { name: { en: get('activity_name') } } } : {}),
    },
    timestamp: get('timestamp'),
  };
  const score = get('score');
  if (score) {
    const scaled = Number(score);
    if (!Number.isFinite(scaled)) throw new RowError(line, `score "${score}" is not a number`);
    statement.result = { score: { scaled } };
  }
  return { line, kind: 'statement', statement };
}

export async function* readRows(file: string, homePage: string | null): AsyncGenerator<Row> {
  const format = formatOf(file);
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new RowError(1, 'the file is not valid JSON');
    }
    const list = Array.isArray(value) ? value : [value];
    for (const [i, item] of list.entries()) yield jsonRow(JSON.stringify(item), i + 1);
    return;
  }
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  let columns: string[] | null = null;
  for await (const text of lines) {
    number++;
    if (!text.trim()) continue;
    if (format === 'ndjson') {
      yield jsonRow(text, number);
      continue;
    }
    const cells = splitCsvLine(text);
    if (!cells) throw new RowError(number, 'not a valid CSV row (an unclosed quote)');
    if (!columns) {
      columns = cells.map((cell) => cell.trim().toLowerCase());
      const missing = CSV_HEADER.filter((name) => !columns?.includes(name));
      if (missing.length)
        throw new RowError(number, `the header lacks ${missing.join(', ')} (expected ${CSV_HEADER.join(',')}[,score][,id])`);
      continue;
    }
    yield csvStatement(cells, columns, number, homePage);
  }
}

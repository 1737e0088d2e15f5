// The known-outcomes CSV (`npm run import -- --outcomes FILE.csv`): a header
// `external_user_id,dropped_out,when`, then one student per line. `dropped_out` is yes or no;
// `when` is the day they left (required for yes) or the day they were last known to be enrolled
// (optional for no; the import's own time otherwise), as YYYY-MM-DD or an ISO timestamp. Every
// line is checked before anything is stored; each problem names its line. Pure.

export const OUTCOMES_HEADER = ['external_user_id', 'dropped_out', 'when'] as const;

export type OutcomeRow = { line: number; externalId: string; droppedOut: boolean; at: Date | null };
export type RowProblem = { line: number; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const unquote = (field: string) =>
  field
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();

function parseWhen(raw: string, now: Date): Date | string {
  if (!DATE.test(raw)) return `"when" must be a date (YYYY-MM-DD) or an ISO timestamp, got "${raw}"`;
  const at = new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw);
  // 2025-02-30 parses as 2 March: a date must come back as itself.
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== raw.slice(0, 10)) return `"when" is not a real date: "${raw}"`;
  if (at.getTime() > now.getTime() + 86_400_000) return `"when" is in the future: "${raw}"`;
  return at;
}

export function parseOutcomesCsv(text: string, now: Date = new Date()): { rows: OutcomeRow[]; problems: RowProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: OutcomeRow[] = [];
  const problems: RowProblem[] = [];
  const header = (lines[0] ?? '').split(',').map((field) => unquote(field).toLowerCase());
  if (header.join(',') !== OUTCOMES_HEADER.join(',')) {
    problems.push({ line: 1, message: `the header must be ${OUTCOMES_HEADER.join(',')}, got "${lines[0] ?? ''}"` });
    return { rows, problems };
  }
  const seen = new Map<string, number>();
  lines.forEach((text, index) => {
    const line = index + 1;
    if (index === 0 || text.trim() === '') return;
    const fields = text.split(',').map(unquote);
    if (fields.length !== 3) return problems.push({ line, message: `expected 3 fields, got ${fields.length}` });
    const [externalId, dropped, when] = fields as [string, string, string];
    if (!externalId) return problems.push({ line, message: 'external_user_id is empty' });
    const answer = dropped.toLowerCase();
    if (answer !== 'yes' && answer !== 'no') return problems.push({ line, message: `dropped_out must be yes or no, got "${dropped}"` });
    const droppedOut = answer === 'yes';
    if (droppedOut && !when) return problems.push({ line, message: '"when" is required when dropped_out is yes' });
    const at = when ? parseWhen(when, now) : null;
    if (typeof at === 'string') return problems.push({ line, message: at });
    const first = seen.get(externalId);
    if (first !== undefined) return problems.push({ line, message: `${externalId} is already on line ${first}` });
    seen.set(externalId, line);
    rows.push({ line, externalId, droppedOut, at });
  });
  return { rows, problems };
}

// The clickstream's columns, in order. The first thirteen are the platform's original clickstream
// spreadsheet exactly (header names and order), so existing sheets and macros keep working; the rest add what Pathwise knows beyond it. Every format uses this
// list: headers for the spreadsheet formats, `key` for the machine formats (NDJSON, Parquet),
// where spaces and brackets in field names would be a nuisance in SQL engines.

/** How a column's values are typed in every format. */
export type ColumnKind = 'integer' | 'text' | 'datetime' | 'json';

export type ExportColumn = {
  header: string;
  key: string;
  kind: ColumnKind;
  /** Spreadsheet width in characters. */
  width: number;
};

export const EXPORT_COLUMNS = [
  { header: 'ID', key: 'id', kind: 'integer', width: 10 },
  { header: 'User ID', key: 'user_id', kind: 'text', width: 28 },
  { header: 'Username', key: 'username', kind: 'text', width: 22 },
  { header: 'Session ID', key: 'session_id', kind: 'text', width: 28 },
  { header: 'Page URL', key: 'page_url', kind: 'text', width: 48 },
  { header: 'Element ID', key: 'element_id', kind: 'text', width: 18 },
  { header: 'Element Class', key: 'element_class', kind: 'text', width: 24 },
  { header: 'Element Text', key: 'element_text', kind: 'text', width: 32 },
  { header: 'Click X', key: 'click_x', kind: 'integer', width: 9 },
  { header: 'Click Y', key: 'click_y', kind: 'integer', width: 9 },
  { header: 'Timestamp', key: 'timestamp', kind: 'datetime', width: 20 },
  { header: 'User Agent', key: 'user_agent', kind: 'text', width: 48 },
  { header: 'IP Address', key: 'ip_address', kind: 'text', width: 16 },
  { header: 'Site', key: 'site', kind: 'text', width: 12 },
  { header: 'Visitor ID', key: 'visitor_id', kind: 'text', width: 28 },
  { header: 'Event Type', key: 'event_type', kind: 'text', width: 14 },
  { header: 'Category', key: 'category', kind: 'text', width: 13 },
  { header: 'Event Name', key: 'event_name', kind: 'text', width: 22 },
  { header: 'Path', key: 'path', kind: 'text', width: 32 },
  { header: 'Referrer', key: 'referrer', kind: 'text', width: 36 },
  { header: 'Channel', key: 'channel', kind: 'text', width: 16 },
  { header: 'Scroll Depth', key: 'scroll_depth', kind: 'integer', width: 12 },
  { header: 'Duration (ms)', key: 'duration_ms', kind: 'integer', width: 13 },
  { header: 'Properties (JSON)', key: 'properties', kind: 'json', width: 40 },
] as const satisfies readonly ExportColumn[];

export const EXPORT_HEADERS: readonly string[] = EXPORT_COLUMNS.map((column) => column.header);

/**
 * One exported event, aligned with EXPORT_COLUMNS: integers are numbers, the timestamp a Date,
 * Properties the JSON text, and a missing value null (an empty cell, never "null" or 0).
 */
export type ExportValue = string | number | Date | null;
export type ExportRow = ExportValue[];

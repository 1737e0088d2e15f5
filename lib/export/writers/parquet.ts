// Parquet through hyparquet-writer: rows are gathered into row groups of ROW_GROUP_SIZE and each
// group is encoded and sent as soon as it is full; only the footer waits for the end.
import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import { EXPORT_COLUMNS, type ColumnKind, type ExportColumn, type ExportRow } from '../columns';

/** Rows per row group: large enough for good compression, small enough to hold in memory. */
export const ROW_GROUP_SIZE = 20_000;

const SCHEMA_BY_KIND: Record<ColumnKind, Omit<SchemaElement, 'name'>> = {
  integer: { type: 'INT32', repetition_type: 'OPTIONAL' },
  text: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  json: { type: 'BYTE_ARRAY', converted_type: 'JSON', repetition_type: 'OPTIONAL' },
  // Event timestamps are UTC instants.
  datetime: {
    type: 'INT64',
    converted_type: 'TIMESTAMP_MILLIS',
    logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
    repetition_type: 'OPTIONAL',
  },
};

export function parquetSchema(columns: readonly ExportColumn[] = EXPORT_COLUMNS): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map((column) => ({ name: column.key, ...SCHEMA_BY_KIND[column.kind] })),
  ];
}

function drain(writer: ByteWriter): Uint8Array | null {
  if (writer.index === 0) return null;
  const bytes = new Uint8Array(writer.buffer, 0, writer.index).slice();
  writer.index = 0; // `offset` keeps counting, so the footer's offsets stay right
  return bytes;
}

export async function* writeParquet(
  pages: AsyncIterable<ExportRow[]>,
  options: { columns?: readonly ExportColumn[]; rowGroupSize?: number } = {},
): AsyncGenerator<Uint8Array> {
  const columns = options.columns ?? EXPORT_COLUMNS;
  const groupSize = options.rowGroupSize ?? ROW_GROUP_SIZE;
  const writer = new ByteWriter();
  const parquet = new ParquetWriter({ writer, schema: parquetSchema(columns), createdBy: 'pathwise export' });
  let group: ExportRow[] = [];

  const writeGroup = async () => {
    if (group.length === 0) return;
    // hyparquet-writer serialises JSON columns itself, so it is handed the parsed value.
    const columnData = columns.map((column, i) => ({
      name: column.key,
      data:
        column.kind === 'json'
          ? group.map((row) => (typeof row[i] === 'string' ? (JSON.parse(row[i] as string) as unknown) : null))
          : group.map((row) => row[i] ?? null),
    }));
    await parquet.write({ columnData, rowGroupSize: group.length });
    group = [];
  };

  const head = drain(writer);
  if (head) yield head;
  for await (const page of pages) {
    for (const row of page) {
      group.push(row);
      if (group.length >= groupSize) {
        await writeGroup();
        const bytes = drain(writer);
        if (bytes) yield bytes;
      }
    }
  }
  await writeGroup();
  await parquet.finish();
  const tail = drain(writer);
  if (tail) yield tail;
}

// A write-once ZIP archive produced as a stream of byte chunks: each entry is deflated as it is
// written, with its CRC and sizes in a data descriptor after the data (general-purpose flag bit 3),
// so nothing but the central directory's few bytes per entry is kept. Deflate runs on libuv's
// thread pool, so compressing one chunk overlaps building the next on the main thread.
// Entries must stay under 4 GiB (the xlsx writer starts a new sheet well before); the archive
// itself may pass 4 GiB, which the central directory handles with ZIP64 records.
import { once } from 'node:events';
import type { TransformOptions } from 'node:stream';
import zlib from 'node:zlib';
import { crc32 } from './crc32';

const U32 = 0xffffffff;
const FLAGS = 0x0808; // data descriptor follows + names are UTF-8
const DEFLATE = 8;
/** Largest uncompressed entry this writer accepts; callers split their data before it. */
export const MAX_ENTRY_BYTES = U32 - 1;

type Done = { name: Buffer; offset: number; crc: number; compressed: number; size: number };
type Open = { name: Buffer; offset: number; crc: number; compressed: number; size: number; deflate: zlib.DeflateRaw };

function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export class ZipStream {
  private readonly out: Buffer[] = [];
  private readonly entries: Done[] = [];
  private current: Open | null = null;
  private offset = 0;
  private readonly stamp: { time: number; date: number };

  constructor(
    modified: Date = new Date(),
    private readonly level = 6,
  ) {
    this.stamp = dosDateTime(modified);
  }

  /** Bytes written so far, for progress and budgets. */
  get bytesOut(): number {
    return this.offset;
  }

  /** Uncompressed bytes of the entry being written. */
  get entryBytes(): number {
    return this.current?.size ?? 0;
  }

  private push(chunk: Buffer) {
    this.out.push(chunk);
    this.offset += chunk.length;
  }

  /** Chunks ready to send, as one buffer (or null when there is none yet). */
  take(): Buffer | null {
    if (this.out.length === 0) return null;
    const chunk = this.out.length === 1 ? this.out[0]! : Buffer.concat(this.out);
    this.out.length = 0;
    return chunk;
  }

  // A 1 MiB queue lets one chunk compress on the thread pool while the next is being built.
  private deflateOptions(): zlib.ZlibOptions {
    const options: zlib.ZlibOptions & TransformOptions = { level: this.level, writableHighWaterMark: 1 << 20 };
    return options;
  }

  begin(name: string): void {
    if (this.current) throw new Error(`zip: entry ${this.current.name.toString()} is still open`);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry: Open = {
      name: nameBytes,
      offset: this.offset,
      crc: 0,
      compressed: 0,
      size: 0,
      deflate: zlib.createDeflateRaw(this.deflateOptions()),
    };
    entry.deflate.on('data', (chunk: Buffer) => {
      entry.compressed += chunk.length;
      this.push(chunk);
    });
    this.push(header);
    this.push(nameBytes);
    this.current = entry;
  }

  async write(data: string | Buffer): Promise<void> {
    const entry = this.current;
    if (!entry) throw new Error('zip: write outside an entry');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (entry.size + bytes.length > MAX_ENTRY_BYTES) throw new Error('zip: entry over 4 GiB');
    entry.crc = crc32(bytes, entry.crc);
    entry.size += bytes.length;
    if (!entry.deflate.write(bytes)) await once(entry.deflate, 'drain');
  }

  async end(): Promise<void> {
    const entry = this.current;
    if (!entry) throw new Error('zip: no entry to end');
    const ended = once(entry.deflate, 'end');
    entry.deflate.end();
    await ended;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc, 4);
    descriptor.writeUInt32LE(entry.compressed, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    this.push(descriptor);
    this.entries.push({ name: entry.name, offset: entry.offset, crc: entry.crc, compressed: entry.compressed, size: entry.size });
    this.current = null;
  }

  async file(name: string, content: string): Promise<void> {
    this.begin(name);
    await this.write(content);
    await this.end();
  }

  /** Writes the central directory; the archive is complete once take() has returned it. */
  finish(): void {
    if (this.current) throw new Error('zip: finish with an open entry');
    const start = this.offset;
    for (const entry of this.entries) this.push(this.centralHeader(entry));
    const size = this.offset - start;
    const zip64 = start >= U32 || this.offset >= U32 || this.entries.length >= 0xffff;
    if (zip64) this.pushZip64End(start, size);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(this.entries.length, 0xffff), 8);
    end.writeUInt16LE(Math.min(this.entries.length, 0xffff), 10);
    end.writeUInt32LE(Math.min(size, U32), 12);
    end.writeUInt32LE(Math.min(start, U32), 16);
    this.push(end);
  }

  private centralHeader(entry: Done): Buffer {
    const bigOffset = entry.offset >= U32;
    const extra = bigOffset ? Buffer.alloc(12) : Buffer.alloc(0);
    if (bigOffset) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(entry.offset), 4);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(bigOffset ? 45 : 20, 4);
    header.writeUInt16LE(bigOffset ? 45 : 20, 6);
    header.writeUInt16LE(FLAGS, 8);
    header.writeUInt16LE(DEFLATE, 10);
    header.writeUInt16LE(this.stamp.time, 12);
    header.writeUInt16LE(this.stamp.date, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(entry.compressed, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(entry.name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(bigOffset ? U32 : entry.offset, 42);
    return Buffer.concat([header, entry.name, extra]);
  }

  private pushZip64End(start: number, size: number) {
    const recordOffset = this.offset;
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(this.entries.length), 24);
    record.writeBigUInt64LE(BigInt(this.entries.length), 32);
    record.writeBigUInt64LE(BigInt(size), 40);
    record.writeBigUInt64LE(BigInt(start), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(recordOffset), 8);
    locator.writeUInt32LE(1, 16);
    this.push(record);
    this.push(locator);
  }
}

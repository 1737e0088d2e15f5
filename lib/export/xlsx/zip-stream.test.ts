import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { crc32, crc32Portable } from './crc32';
import { ZipStream } from './zip-stream';

/** Reads entries back through the central directory, independently of the writer's state. */
function readZip(bytes: Buffer): Map<string, string> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50);
    const [crc, compressed, size] = [bytes.readUInt32LE(at + 16), bytes.readUInt32LE(at + 20), bytes.readUInt32LE(at + 24)];
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = bytes.readUInt32LE(at + 42);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = zlib.inflateRawSync(bytes.subarray(dataStart, dataStart + compressed));
    assert.equal(data.length, size, `${name} size`);
    assert.equal(crc32(data), crc, `${name} crc`);
    files.set(name, data.toString('utf8'));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return files;
}

test('entries written in pieces read back whole, with matching CRCs and sizes', async () => {
  const zip = new ZipStream(new Date('2026-11-22T14:30:24Z'));
  const out: Buffer[] = [];
  await zip.file('a.txt', 'hello');
  zip.begin('dir/big.xml');
  for (let i = 0; i < 2000; i++) await zip.write(`<row r="${i}">ünïcødé ${i}</row>`);
  await zip.end();
  await zip.file('empty.txt', '');
  zip.finish();
  out.push(zip.take()!);
  assert.equal(zip.take(), null);
  const files = readZip(Buffer.concat(out));
  assert.deepEqual([...files.keys()], ['a.txt', 'dir/big.xml', 'empty.txt']);
  assert.equal(files.get('a.txt'), 'hello');
  assert.equal(files.get('empty.txt'), '');
  assert.ok(files.get('dir/big.xml')!.endsWith('<row r="1999">ünïcødé 1999</row>'));
});

test('the portable CRC-32 agrees with zlib', () => {
  const data = Buffer.from('The quick brown fox jumps over the lazy dog');
  assert.equal(crc32Portable(data, 0), 0x414fa339);
  assert.equal(crc32(data), 0x414fa339);
  assert.equal(crc32Portable(data.subarray(10), crc32Portable(data.subarray(0, 10), 0)), 0x414fa339);
});

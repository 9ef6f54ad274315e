import { describe, expect, it } from 'vitest';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { crc32, zipStore } from '../../../src/export/zip';
import { NOON } from './stored';
import { unzip } from './unzip';

describe('crc32', () => {
  it('matches zlib on known and random inputs', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    for (let n = 1; n < 2000; n += 97) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(crc32(bytes)).toBe(nodeCrc32(bytes));
    }
  });
});

describe('zipStore', () => {
  it('writes stored entries with UTF-8 names, correct sizes and CRCs, and a readable directory', () => {
    const entries = [
      { name: 'dala/2023-03-20-cis-mission.md', data: '# CIS mission\n' },
      { name: 'dala/сенат-қазақша.md', data: 'Сенат Төрағасы 😀\n' },
      { name: 'dala/empty.md', data: '' },
      { name: 'dala/bytes.bin', data: Uint8Array.from([0, 255, 80, 75, 3, 4]) },
    ];
    const zip = zipStore(entries, NOON);
    const files = unzip(zip);
    expect(files.map((f) => f.name)).toEqual(entries.map((e) => e.name));
    files.forEach((f, i) => {
      const e = entries[i]!;
      const expected = typeof e.data === 'string' ? new TextEncoder().encode(e.data) : e.data;
      expect(f.data).toEqual(expected);
      expect(f.crc).toBe(nodeCrc32(expected));
      expect(f.method).toBe(0);
      expect(f.flags & 0x0800).toBe(0x0800);
    });
    const d = new Date(NOON);
    expect(files[0]!.date).toBe(((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate());
    expect(files[0]!.time).toBe((d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1));
  });

  it('writes a valid empty archive', () => {
    const zip = zipStore([], NOON);
    expect(zip.length).toBe(22);
    expect(unzip(zip)).toEqual([]);
  });

  it('refuses more entries than a zip without Zip64 holds, instead of writing a broken file', () => {
    expect(() => zipStore(Array.from({ length: 0x10000 }, (_, i) => ({ name: `${i}`, data: '' })), NOON)).toThrow(/at most 65535/);
  });
});

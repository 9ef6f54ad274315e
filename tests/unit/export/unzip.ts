/** A reader for what zipStore writes (STORE only), checking the structure as it goes. */
import { expect } from 'vitest';

export interface Unzipped {
  name: string;
  data: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  time: number;
  date: number;
}

/** Reads the end record, the central directory and each local header, which must agree. */
export function unzip(zip: Uint8Array): Unzipped[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  expect(view.getUint16(end + 8, true)).toBe(count);
  const cdSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  expect(at + cdSize).toBe(end);
  const out: Unzipped[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const size = view.getUint32(at + 24, true);
    expect(view.getUint32(at + 20, true)).toBe(size);
    // The local header repeats what the central directory says.
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    for (const [l, c] of [[6, 8], [8, 10], [10, 12], [12, 14], [14, 16], [18, 20], [22, 24], [26, 28]] as const) {
      expect(view.getUint16(local + l, true)).toBe(view.getUint16(at + c, true));
    }
    expect(decoder.decode(zip.subarray(local + 30, local + 30 + nameLength))).toBe(name);
    const dataStart = local + 30 + nameLength + view.getUint16(local + 28, true);
    out.push({
      name,
      data: zip.subarray(dataStart, dataStart + size),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

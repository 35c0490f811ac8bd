/**
 * A minimal zip writer for hostile-archive tests: entries are given already compressed (raw
 * deflate) or stored, and each local header declares whatever size the test wants — the
 * truth, or a lie.
 */
import { deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** Raw deflate data (method 8), or the bytes themselves when `stored`. */
  data: Uint8Array;
  stored?: boolean;
  /** The uncompressed size the headers declare. */
  declaredSize: number;
  /** Written as a streaming zip writer does: sizes 0 in the local header, a data descriptor after. */
  streamed?: boolean;
  crc?: number;
}

/** An ordinary entry: deflated, with its true size. */
export function entry(name: string, bytes: Uint8Array): RawEntry {
  return { name, data: deflateRawSync(bytes), declaredSize: bytes.length, crc: crc32(bytes) };
}

/**
 * Raw deflate data that inflates to `mib` MiB of zeros while taking about 1 KiB per MiB:
 * one MiB compressed with a full flush (a byte-aligned, self-contained block run), repeated,
 * then an empty final block. Nothing near that size is ever held in memory here.
 */
export function zeroBomb(mib: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: 3 /* Z_FULL_FLUSH */ });
  const end = Buffer.from([0x03, 0x00]); // final fixed-Huffman block holding nothing
  return Buffer.concat([...Array.from({ length: mib }, () => block), end]);
}

export function zip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.streamed ? 0x0808 : 0x0800, 6); // UTF-8 names (+ data descriptor)
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    if (!e.streamed) {
      local.writeUInt32LE(e.crc ?? 0, 14);
      local.writeUInt32LE(e.data.length, 18);
      local.writeUInt32LE(Math.min(e.declaredSize, 0xffffffff), 22);
    }
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(e.data));
    let descriptor = 0;
    if (e.streamed) {
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(e.crc ?? 0, 4);
      d.writeUInt32LE(e.data.length, 8);
      d.writeUInt32LE(Math.min(e.declaredSize, 0xffffffff), 12);
      locals.push(d);
      descriptor = 16;
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.streamed ? 0x0808 : 0x0800, 8);
    central.writeUInt16LE(e.stored ? 0 : 8, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(Math.min(e.declaredSize, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length + descriptor;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

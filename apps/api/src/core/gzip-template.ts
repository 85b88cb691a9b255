import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A text compressed once, with holes for short values of a fixed length that differ from one response to the next (a
 * CSP nonce, a CSRF token). Each piece between the holes is its own run of deflate blocks ending on a byte boundary
 * (a sync flush), compressed with what precedes it as its dictionary, the holes as zero bytes, which no text of ours
 * contains, so no back-reference reaches into one. A response is those runs with each hole's value in an uncompressed
 * ("stored") block between them, the last block, and the gzip header and trailer (RFC 1951, 1952): a valid gzip
 * stream as small as compressing the whole text, built without compressing anything again.
 */
export type GzipTemplate = { pieces: Buffer[]; holeBytes: number[]; compressed: Buffer[] };

const gzipHeader = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty stored block marked as the last one. */
const lastBlock = Buffer.from([1, 0, 0, 0xff, 0xff]);
const largestStoredBlock = 0xffff;
/** How far back deflate refers. */
const windowBytes = 32 * 1024;

/** `holeBytes[i]`: the length in bytes of every value that will fill the hole after piece i. */
export function gzipTemplate(pieces: string[], holeBytes: number[]): GzipTemplate {
  if (holeBytes.length !== pieces.length - 1) throw new RangeError(`${pieces.length} pieces have ${pieces.length - 1} holes, not ${holeBytes.length}`);
  const texts = pieces.map((piece) => Buffer.from(piece));
  // A zero byte in a text could match the holes' stand-ins: then each piece is compressed on its own.
  const withDictionaries = texts.every((text) => !text.includes(0));
  let before = Buffer.alloc(0);
  const compressed = texts.map((text, index) => {
    const dictionary = withDictionaries && before.length > 0 ? { dictionary: before.subarray(-windowBytes) } : {};
    const run = deflateRawSync(text, { level: 9, finishFlush: constants.Z_SYNC_FLUSH, ...dictionary });
    if (withDictionaries) before = Buffer.concat([before.subarray(-windowBytes), text, Buffer.alloc(holeBytes[index] ?? 0)]);
    return run;
  });
  return { pieces: texts, holeBytes, compressed };
}

function storedBlock(value: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt16LE(value.length, 1);
  header.writeUInt16LE(~value.length & 0xffff, 3);
  return Buffer.concat([header, value]);
}

/** Whether these values fit the template's holes (their number and lengths). */
export function fitsGzipTemplate(template: GzipTemplate, holes: string[]): boolean {
  return holes.length === template.holeBytes.length && holes.every((hole, index) => Buffer.byteLength(hole) === template.holeBytes[index] && template.holeBytes[index] <= largestStoredBlock);
}

/** The gzip stream of the template's pieces with `holes[i]` between piece i and piece i + 1 (values that fit it). */
export function filledGzip(template: GzipTemplate, holes: string[]): Buffer {
  if (!fitsGzipTemplate(template, holes)) throw new RangeError('the values do not fit the holes of the gzip template');
  const chunks: Buffer[] = [gzipHeader];
  let checksum = 0;
  let size = 0;
  template.pieces.forEach((piece, index) => {
    chunks.push(template.compressed[index]);
    checksum = crc32(piece, checksum);
    size += piece.length;
    if (index < holes.length) {
      const value = Buffer.from(holes[index]);
      chunks.push(storedBlock(value));
      checksum = crc32(value, checksum);
      size += value.length;
    }
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(checksum >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  chunks.push(lastBlock, trailer);
  return Buffer.concat(chunks);
}

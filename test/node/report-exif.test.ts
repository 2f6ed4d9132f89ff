import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { loadReportTools } from '@stagekit/core';

// Fixtures made by test/fixtures/report/make-fixtures.mjs (Chromium's JPEG encoder + hand-built EXIF, XMP, IPTC, PNG chunks).
const tools = await loadReportTools();
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/report/${name}`, import.meta.url)));
// pdf.js's own JPEG decoder (a dev dependency; it has no type declarations for this entry).
const { JpegImage } = (await import('pdfjs-dist/image_decoders/pdf.image_decoders.mjs' as string)) as {
  JpegImage: new () => { width: number; height: number; parse(bytes: Uint8Array): void; getData(options: object): Uint8Array };
};
interface Markers {
  make: string;
  model: string;
  person: string;
  city: string;
  comment: string;
  xmpLatitude: string;
  trailer: string;
  privateChunk: string;
  latitude: [number, number][];
  longitude: [number, number][];
}
const markers = JSON.parse(readFileSync(new URL('../fixtures/report/markers.json', import.meta.url), 'utf8')) as Markers;

const contains = (haystack: Uint8Array, needle: Uint8Array) => Buffer.from(haystack).indexOf(Buffer.from(needle)) !== -1;
const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));

/** The GPS latitude as EXIF writes it: three rationals, big- or little-endian. */
function rationals(values: [number, number][], littleEndian: boolean): Uint8Array {
  const buffer = Buffer.alloc(values.length * 8);
  values.forEach(([numerator, denominator], index) => {
    if (littleEndian) {
      buffer.writeUInt32LE(numerator, index * 8);
      buffer.writeUInt32LE(denominator, index * 8 + 4);
    } else {
      buffer.writeUInt32BE(numerator, index * 8);
      buffer.writeUInt32BE(denominator, index * 8 + 4);
    }
  });
  return new Uint8Array(buffer);
}

interface Segment {
  marker: number;
  payload: Uint8Array;
}

/** Walks a JPEG strictly: SOI, well-formed segments, entropy-coded scans, EOI as the very last bytes. */
function jpegSegments(bytes: Uint8Array, trailerAllowed = false): Segment[] {
  assert.deepEqual([bytes[0], bytes[1]], [0xff, 0xd8], 'starts with SOI');
  const segments: Segment[] = [];
  let pos = 2;
  for (;;) {
    assert.equal(bytes[pos], 0xff, `a marker at ${pos}`);
    const marker = bytes[pos + 1]!;
    pos += 2;
    if (marker === 0xd9) {
      if (!trailerAllowed) assert.equal(pos, bytes.length, 'EOI is the end of the file');
      return segments;
    }
    const length = (bytes[pos]! << 8) | bytes[pos + 1]!;
    assert.ok(length >= 2 && pos + length <= bytes.length, `segment ${marker.toString(16)} fits`);
    segments.push({ marker, payload: bytes.subarray(pos + 2, pos + length) });
    pos += length;
    if (marker === 0xda) {
      while (!(bytes[pos] === 0xff && bytes[pos + 1] !== 0x00 && !(bytes[pos + 1]! >= 0xd0 && bytes[pos + 1]! <= 0xd7))) {
        assert.ok(pos < bytes.length, 'scan ends before the file');
        pos++;
      }
    }
  }
}

function decodeJpeg(bytes: Uint8Array) {
  const image = new JpegImage();
  image.parse(bytes);
  return { width: image.width, height: image.height, pixels: image.getData({ width: image.width, height: image.height, forceRGB: true }) };
}

const original = decodeJpeg(fixture('canvas.jpg'));

test('the fixtures really hold the metadata the tests look for', () => {
  const big = fixture('photo-gps-be.jpg');
  for (const marker of [markers.make, markers.model, markers.person, markers.city, markers.comment, markers.xmpLatitude, markers.trailer]) assert.ok(contains(big, text(marker)), marker);
  assert.ok(contains(big, rationals(markers.latitude, false)), 'GPS latitude, big-endian');
  assert.ok(contains(big, rationals(markers.longitude, false)), 'GPS longitude, big-endian');
  assert.ok(contains(fixture('photo-gps-le.jpg'), rationals(markers.latitude, true)), 'GPS latitude, little-endian');
  assert.ok(contains(fixture('screenshot-meta.png'), rationals(markers.latitude, true)), 'GPS in the PNG eXIf');
});

test('JPEG (big-endian EXIF, XMP, IPTC, comment, MPF, trailer): GPS and every identifying byte are gone', () => {
  const input = fixture('photo-gps-be.jpg');
  const result = tools.stripMetadata(input);
  assert.equal(result.status, 'removed');
  assert.equal(result.format, 'jpeg');
  assert.deepEqual(result.removed, ['APP1 Exif', 'APP1 XMP', 'APP2 MPF', 'APP13 Photoshop 3.0', 'COM', 'trailer']);
  for (const marker of [markers.make, markers.model, markers.person, markers.city, markers.comment, markers.xmpLatitude, markers.trailer, '2026:03:14']) {
    assert.ok(!contains(result.bytes, text(marker)), `${marker} is gone`);
  }
  assert.ok(!contains(result.bytes, rationals(markers.latitude, false)), 'GPS latitude is gone');
  assert.ok(!contains(result.bytes, rationals(markers.longitude, false)), 'GPS longitude is gone');
  assert.ok(!contains(result.bytes, text('http://ns.adobe.com')), 'no XMP');
  assert.ok(!contains(result.bytes, text('8BIM')), 'no Photoshop resources');
  // The EXIF thumbnail (a whole second JPEG) is gone: one SOI only.
  assert.equal(Buffer.from(result.bytes).indexOf(Buffer.from([0xff, 0xd8, 0xff]), 1), -1);
});

test('JPEG: the result is well-formed, keeps JFIF and the ICC profile, and only the orientation survives in a minimal EXIF', () => {
  const input = fixture('photo-gps-be.jpg');
  const result = tools.stripMetadata(input);
  const segments = jpegSegments(result.bytes);
  const app = segments.filter((segment) => segment.marker >= 0xe0 && segment.marker <= 0xef);
  assert.deepEqual(
    app.map((segment) => segment.marker.toString(16)),
    ['e0', 'e1', 'e2'],
    'JFIF, the new EXIF, the ICC profile',
  );
  assert.ok(Buffer.from(app[0]!.payload).subarray(0, 5).equals(Buffer.from('JFIF\0', 'latin1')));
  assert.ok(Buffer.from(app[2]!.payload).subarray(0, 12).equals(Buffer.from('ICC_PROFILE\0', 'latin1')));
  const originalIcc = jpegSegments(input, true).find((segment) => segment.marker === 0xe2 && Buffer.from(segment.payload).subarray(0, 12).toString('latin1') === 'ICC_PROFILE\0');
  assert.ok(originalIcc && Buffer.from(app[2]!.payload).equals(Buffer.from(originalIcc.payload)), 'the profile is kept as it was');
  // The new EXIF: one IFD with one entry, Orientation = 6; no GPS or Exif IFD pointer.
  const exif = app[1]!.payload;
  assert.equal(tools.exifOrientation(exif), 6);
  assert.equal(result.orientation, 6);
  assert.equal(exif.length, 32);
  const view = new DataView(exif.buffer, exif.byteOffset + 6);
  assert.equal(view.getUint16(8), 1, 'one entry');
  assert.equal(view.getUint16(10), 0x0112);
  assert.ok(segments.some((segment) => segment.marker === 0xda) && segments.some((segment) => segment.marker === 0xc0 || segment.marker === 0xc2));
});

test('JPEG: the stripped photos still decode, to exactly the pixels of the original', () => {
  for (const name of ['photo-gps-be.jpg', 'photo-gps-le.jpg']) {
    const result = tools.stripMetadata(fixture(name));
    const decoded = decodeJpeg(result.bytes);
    assert.deepEqual([decoded.width, decoded.height], [64, 48], name);
    assert.ok(Buffer.from(decoded.pixels).equals(Buffer.from(original.pixels)), `${name}: same pixels`);
  }
});

test('JPEG (little-endian EXIF with GPS, orientation 1, JFIF thumbnail): all metadata gone, no EXIF written back', () => {
  const result = tools.stripMetadata(fixture('photo-gps-le.jpg'));
  assert.equal(result.status, 'removed');
  assert.deepEqual(result.removed, ['APP0 JFIF thumbnail', 'APP1 Exif']);
  assert.equal(result.orientation, undefined);
  assert.ok(!contains(result.bytes, rationals(markers.latitude, true)));
  assert.ok(!contains(result.bytes, text('Exif\0')));
  const jfif = jpegSegments(result.bytes)[0]!;
  assert.equal(jfif.marker, 0xe0);
  assert.equal(jfif.payload.length, 14, 'JFIF without its thumbnail');
  assert.deepEqual([jfif.payload[12], jfif.payload[13]], [0, 0]);
});

test('a JPEG without metadata comes back unchanged, with "none-found"', () => {
  const input = fixture('canvas.jpg');
  const result = tools.stripMetadata(input);
  assert.equal(result.status, 'none-found');
  assert.deepEqual(result.removed, []);
  assert.ok(Buffer.from(result.bytes).equals(Buffer.from(input)));
});

test('PNG: tEXt, zTXt, iTXt, eXIf, tIME, private chunks and a trailer are dropped; the image is intact', () => {
  const input = fixture('screenshot-meta.png');
  const result = tools.stripMetadata(input);
  assert.equal(result.status, 'removed');
  assert.deepEqual(result.removed, ['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME', 'caBX', 'trailer']);
  for (const marker of [markers.person, markers.xmpLatitude, markers.make, markers.trailer, 'Jan']) assert.ok(!contains(result.bytes, text(marker)), marker);
  assert.ok(!contains(result.bytes, rationals(markers.latitude, true)));
  // Walk the chunks: signature, each CRC right, IEND last.
  const bytes = Buffer.from(result.bytes);
  assert.ok(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])));
  const chunks: string[] = [];
  const idat: Buffer[] = [];
  let pos = 8;
  while (pos < bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const data = bytes.subarray(pos + 8, pos + 8 + length);
    const crc = bytes.readUInt32BE(pos + 8 + length);
    assert.equal(crc, crc32(bytes.subarray(pos + 4, pos + 8 + length)), `${type} CRC`);
    chunks.push(type);
    if (type === 'IDAT') idat.push(data);
    pos += 12 + length;
  }
  assert.equal(pos, bytes.length);
  assert.deepEqual(chunks, ['IHDR', 'gAMA', 'sRGB', 'pHYs', 'IDAT', 'IEND']);
  // Decode: 6 rows of filter byte + 8 RGB pixels, as the generator drew them.
  const raw = inflateSync(Buffer.concat(idat));
  assert.equal(raw.length, 6 * (1 + 8 * 3));
  assert.deepEqual([...raw.subarray(1 + 3 * 3, 1 + 3 * 3 + 3)], [90, 0, 128], 'pixel (3, 0)');
});

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

test('other types pass unchanged, marked "not removed"; a damaged photo too (never half-stripped)', () => {
  const others: [string, Uint8Array][] = [
    ['PDF', text('%PDF-1.7\n/Author (Jan Jansen)\n%%EOF')],
    ['HEIC', new Uint8Array([0, 0, 0, 24, ...text('ftypheic'), 0, 0, 0, 0])],
    ['WebP', new Uint8Array([...text('RIFF'), 30, 0, 0, 0, ...text('WEBPVP8 ')])],
    ['empty', new Uint8Array(0)],
  ];
  for (const [what, bytes] of others) {
    const result = tools.stripMetadata(bytes);
    assert.deepEqual([result.status, result.reason], ['not-removed', 'unsupported-type'], what);
    assert.equal(result.bytes, bytes, what);
  }
  const photo = fixture('photo-gps-be.jpg');
  for (const cut of [3, 10, 30, 200, photo.length - 400]) {
    const damaged = photo.subarray(0, cut);
    const result = tools.stripMetadata(damaged);
    assert.deepEqual([result.status, result.reason], ['not-removed', 'unreadable'], `cut at ${cut}`);
    assert.equal(result.bytes, damaged);
  }
  const png = fixture('screenshot-meta.png');
  assert.equal(tools.stripMetadata(png.subarray(0, 60)).reason, 'unreadable');
});

test('random damage never throws and never leaves GPS in a result marked "removed"', () => {
  const photo = fixture('photo-gps-be.jpg');
  const gps = rationals(markers.latitude, false);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let round = 0; round < 500; round++) {
    const bytes = photo.slice();
    for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips--) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    const result = tools.stripMetadata(bytes);
    if (result.status !== 'not-removed') assert.ok(!contains(result.bytes, gps), `round ${round}`);
  }
});

test('prepareAttachment: metadata removed, type from the bytes, a safe name, size and SHA-256 of what is sent', () => {
  const prepared = tools.prepareAttachment({ id: 'file-1', name: '  IMG_2026\u0000\u202e.jpg  ', type: 'application/octet-stream', bytes: fixture('photo-gps-be.jpg') });
  assert.equal(prepared.meta.type, 'image/jpeg');
  assert.equal(prepared.meta.name, 'IMG_2026.jpg');
  assert.equal(prepared.meta.metadata, 'removed');
  assert.equal(prepared.meta.size, prepared.bytes.length);
  assert.equal(prepared.meta.sha256, tools.sha256Hex(prepared.bytes));
  assert.ok(prepared.bytes.length < fixture('photo-gps-be.jpg').length);
  assert.equal(tools.prepareAttachment({ id: 'file-2', name: 'x', type: 'image/png', bytes: fixture('canvas.jpg') }).meta.type, 'image/jpeg', 'the bytes win over the declared type');
  assert.equal(tools.prepareAttachment({ id: 'file-3', name: 'brief.pdf', type: 'Application/PDF', bytes: text('%PDF-1.7') }).meta.type, 'application/pdf');
  assert.equal(tools.prepareAttachment({ id: 'file-4', name: '', type: 'not a type', bytes: text('x') }).meta.type, 'application/octet-stream');
});

import type { MetadataStatus } from './model.js';

/**
 * Removes hidden data from evidence photos before they leave the device: where and when a photo was
 * taken (EXIF GPS and dates), the camera or phone, the owner's name, editing history.
 *
 * JPEG — kept: the image data and the segments a decoder needs (DQT, DHT, SOF, SOS, DRI, …), APP0
 * JFIF (without its thumbnail), APP14 Adobe (needed to decode CMYK/YCCK colours right) and APP2
 * ICC_PROFILE. The colour profile is kept because without it a wide-gamut phone photo shows wrong
 * colours, which matters for evidence; a profile describes the colour space, not the picture, the
 * place or the person. Dropped: APP1 (EXIF with GPS, dates and the camera; XMP; extended XMP),
 * APP13 (Photoshop/IPTC: names, places, captions), every other APPn (maker notes, FlashPix, MPF
 * with extra images such as depth maps), COM comments, a JFXX thumbnail, and anything after the end
 * of the image (motion-photo videos, maker trailers). Only the EXIF orientation survives, in a new
 * minimal EXIF block, so a phone photo does not show turned on its side.
 *
 * PNG — kept: the chunks that make up or colour the image (IHDR, PLTE, IDAT, IEND, tRNS, gAMA,
 * cHRM, sRGB, iCCP, cICP, mDCV, cLLI, sBIT, bKGD, hIST, pHYs, sPLT and the APNG chunks). Dropped:
 * tEXt, zTXt, iTXt (XMP lives there), eXIf, tIME and every unknown chunk (such as C2PA's caBX).
 *
 * Other types (PDF, HEIC, WebP, documents, video) are passed on unchanged with status
 * `not-removed`, so the form can tell the reporter that they may still hold a name or a place.
 */
export interface StripResult {
  bytes: Uint8Array;
  /** `removed`: something was taken out; `none-found`: checked, nothing to take out; `not-removed`: not checked or not readable. */
  status: MetadataStatus;
  /** What was taken out, for the curious and for tests ("APP1 Exif", "tEXt", "trailer"). */
  removed: string[];
  /** The EXIF orientation (2–8) kept in a minimal EXIF block. */
  orientation?: number;
  /** Why metadata was not removed. */
  reason?: 'unsupported-type' | 'unreadable';
  format?: 'jpeg' | 'png';
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function detectImageType(bytes: Uint8Array): 'jpeg' | 'png' | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'png';
  return undefined;
}

/** Detects the format from the bytes (never from the name or the declared type, which may lie). */
export function stripMetadata(bytes: Uint8Array): StripResult {
  const type = detectImageType(bytes);
  try {
    if (type === 'jpeg') return stripJpeg(bytes);
    if (type === 'png') return stripPng(bytes);
  } catch {
    return { bytes, status: 'not-removed', removed: [], reason: 'unreadable', format: type };
  }
  return { bytes, status: 'not-removed', removed: [], reason: 'unsupported-type' };
}

class Unreadable extends Error {}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));
const startsWith = (bytes: Uint8Array, start: number, text: string) => ascii(bytes, start, text.length) === text;

/** Reads the Orientation tag (0x0112) of IFD0 from an APP1 Exif payload; undefined when absent or odd. */
export function exifOrientation(segment: Uint8Array): number | undefined {
  // segment: "Exif\0\0" + TIFF
  if (!startsWith(segment, 0, 'Exif\0\0')) return undefined;
  const tiff = segment.subarray(6);
  if (tiff.length < 8) return undefined;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  if (view.getUint16(2, little) !== 42) return undefined;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return undefined;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (view.getUint16(entry, little) !== 0x0112) continue;
    if (view.getUint16(entry + 2, little) !== 3) return undefined;
    const value = view.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}

/** APP1 "Exif" with a big-endian TIFF holding one IFD with one entry: the orientation. */
function orientationSegment(orientation: number): Uint8Array {
  const segment = new Uint8Array(2 + 2 + 6 + 8 + 2 + 12 + 4);
  const view = new DataView(segment.buffer);
  view.setUint16(0, 0xffe1);
  view.setUint16(2, segment.length - 2);
  segment.set([0x45, 0x78, 0x69, 0x66, 0, 0], 4); // Exif\0\0
  segment.set([0x4d, 0x4d, 0, 42, 0, 0, 0, 8], 10); // MM, 42, IFD0 at 8
  view.setUint16(18, 1); // one entry
  view.setUint16(20, 0x0112);
  view.setUint16(22, 3); // SHORT
  view.setUint32(24, 1); // count
  view.setUint16(28, orientation);
  view.setUint32(32, 0); // no next IFD
  return segment;
}

/** APP0 JFIF without a thumbnail (version, density kept). */
function jfifWithoutThumbnail(segment: Uint8Array): { bytes: Uint8Array; hadThumbnail: boolean } {
  // FF E0, length, "JFIF\0", version(2), units(1), xdensity(2), ydensity(2), xthumb(1), ythumb(1), thumbnail
  if (segment.length < 2 + 2 + 14) return { bytes: segment, hadThumbnail: false };
  const hadThumbnail = segment[16] !== 0 || segment[17] !== 0 || segment.length > 18;
  if (!hadThumbnail) return { bytes: segment, hadThumbnail };
  const clean = segment.slice(0, 18);
  clean[2] = 0;
  clean[3] = 16;
  clean[16] = 0;
  clean[17] = 0;
  return { bytes: clean, hadThumbnail };
}

function stripJpeg(bytes: Uint8Array): StripResult {
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  const removed: string[] = [];
  let orientation: number | undefined;
  let orientationAt = 1; // insert after SOI, or after APP0 when there is one
  let pos = 2;
  let ended = false;
  while (pos < bytes.length) {
    if (bytes[pos] !== 0xff) throw new Unreadable('expected a marker');
    while (bytes[pos] === 0xff && pos < bytes.length) pos++; // fill bytes
    const marker = bytes[pos];
    if (marker === undefined) throw new Unreadable('truncated marker');
    const start = pos - 1;
    pos++;
    if (marker === 0xd9) {
      parts.push(bytes.subarray(start, pos));
      ended = true;
      break;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(bytes.subarray(start, pos));
      continue;
    }
    if (pos + 2 > bytes.length) throw new Unreadable('truncated length');
    const length = (bytes[pos]! << 8) | bytes[pos + 1]!;
    if (length < 2 || pos + length > bytes.length) throw new Unreadable('bad segment length');
    const end = pos + length;
    const segment = bytes.subarray(start, end);
    const payload = bytes.subarray(pos + 2, end);
    pos = end;
    if (marker === 0xda) {
      if (!wellFormed(marker, payload)) throw new Unreadable('bad start of scan');
      // Start of scan: the entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      let scan = pos;
      while (scan < bytes.length) {
        if (bytes[scan] === 0xff) {
          const next = bytes[scan + 1];
          if (next === undefined) break;
          if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
            scan += 2;
            continue;
          }
          if (next === 0xff) {
            scan++;
            continue;
          }
          break;
        }
        scan++;
      }
      parts.push(segment, bytes.subarray(pos, scan));
      pos = scan;
      continue;
    }
    if (marker === 0xe0) {
      if (startsWith(payload, 0, 'JFIF\0')) {
        const { bytes: clean, hadThumbnail } = jfifWithoutThumbnail(segment);
        if (hadThumbnail) removed.push('APP0 JFIF thumbnail');
        parts.push(clean);
        orientationAt = parts.length;
      } else {
        removed.push(startsWith(payload, 0, 'JFXX\0') ? 'APP0 JFXX thumbnail' : 'APP0');
      }
      continue;
    }
    if (marker === 0xe1) {
      if (startsWith(payload, 0, 'Exif\0')) {
        orientation ??= exifOrientation(payload);
        removed.push('APP1 Exif');
      } else if (startsWith(payload, 0, 'http://ns.adobe.com/xap/1.0/\0')) removed.push('APP1 XMP');
      else if (startsWith(payload, 0, 'http://ns.adobe.com/xmp/extension/\0')) removed.push('APP1 extended XMP');
      else removed.push('APP1');
      continue;
    }
    if (marker === 0xe2 && startsWith(payload, 0, 'ICC_PROFILE\0')) {
      parts.push(segment);
      continue;
    }
    if (marker === 0xee && startsWith(payload, 0, 'Adobe')) {
      parts.push(segment);
      continue;
    }
    if (marker >= 0xe1 && marker <= 0xef) {
      const id = ascii(payload, 0, Math.min(payload.length, 20)).split('\0')[0]!.replace(/[^\x20-\x7e]/g, '');
      removed.push(`APP${marker - 0xe0}${id ? ` ${id}` : ''}`);
      continue;
    }
    if (marker === 0xfe) {
      removed.push('COM');
      continue;
    }
    // Everything else is kept only when it is a segment a decoder needs and has that segment's form,
    // so that nothing else (a damaged marker in front of EXIF data, say) slips through as "image data".
    if (!wellFormed(marker, payload)) throw new Unreadable(`unexpected segment ${marker.toString(16)}`);
    parts.push(segment);
  }
  if (ended && pos < bytes.length) removed.push('trailer');
  if (!ended) throw new Unreadable('no end of image');
  if (orientation !== undefined && orientation !== 1) parts.splice(orientationAt, 0, orientationSegment(orientation));
  else orientation = undefined;
  const out = join(parts);
  return { bytes: out, status: removed.length ? 'removed' : 'none-found', removed, orientation, format: 'jpeg' };
}

/** The structure of the segments a JPEG decoder needs (ITU T.81 B.2), checked before they are kept. */
function wellFormed(marker: number, payload: Uint8Array): boolean {
  const length = payload.length;
  if (marker === 0xdb) {
    // DQT: tables of 1 + 64 or 1 + 128 bytes.
    let at = 0;
    while (at < length) {
      const precision = payload[at]! >> 4;
      if (precision > 1 || (payload[at]! & 0x0f) > 3) return false;
      at += 1 + (precision ? 128 : 64);
    }
    return at === length && length > 0;
  }
  if (marker === 0xc4) {
    // DHT: tables of 1 + 16 counts + their symbols.
    let at = 0;
    while (at < length) {
      if (at + 17 > length || payload[at]! >> 4 > 1 || (payload[at]! & 0x0f) > 3) return false;
      let symbols = 0;
      for (let i = 1; i <= 16; i++) symbols += payload[at + i]!;
      at += 17 + symbols;
    }
    return at === length && length > 0;
  }
  if ((marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) || marker === 0xde) {
    return length >= 6 && payload[5]! > 0 && length === 6 + 3 * payload[5]!; // SOFn / DHP
  }
  if (marker === 0xda) return length >= 4 && payload[0]! > 0 && length === 1 + 2 * payload[0]! + 3; // SOS
  if (marker === 0xcc) return length % 2 === 0; // DAC
  if (marker === 0xdd || marker === 0xdc) return length === 2; // DRI, DNL
  if (marker === 0xdf) return length === 1; // EXP
  return false;
}

const PNG_KEEP = new Set([
  'IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'cICP', 'mDCV', 'cLLI', 'sBIT', 'bKGD', 'hIST', 'pHYs', 'sPLT', 'acTL', 'fcTL', 'fdAT',
]);

function stripPng(bytes: Uint8Array): StripResult {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  const removed: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 8;
  let ended = false;
  while (pos < bytes.length) {
    if (pos + 12 > bytes.length) throw new Unreadable('truncated chunk');
    const length = view.getUint32(pos);
    const type = ascii(bytes, pos + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new Unreadable('bad chunk type');
    const end = pos + 12 + length;
    if (end > bytes.length) throw new Unreadable('chunk past the end');
    if (PNG_KEEP.has(type)) parts.push(bytes.subarray(pos, end));
    else removed.push(type);
    pos = end;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended) throw new Unreadable('no IEND');
  if (pos < bytes.length) removed.push('trailer');
  return { bytes: join(parts), status: removed.length ? 'removed' : 'none-found', removed, format: 'png' };
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

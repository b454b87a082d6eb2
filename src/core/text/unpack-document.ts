// Opens a compressed download by its magic bytes, whatever the file is called: servers and browsers
// save a gzip-encoded all.ics as "all.ics", and organizers mail a schedule zipped. A zip must hold
// exactly one schedule; anything else is refused by name.
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { KubeplanError, errorMessage } from '../../shared/errors';

export type Compression = 'gzip' | 'zip';

/** gzip (RFC 1952) starts 1F 8B; a zip's first local file header starts "PK\3\4". */
export function compressionOf(bytes: Uint8Array): Compression | null {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  return null;
}

/**
 * The same magic read back from text that was decoded as UTF-8 without unpacking (a file the window
 * read as text): 1F then an invalid byte for gzip, "PK\3\4" for zip.
 */
export function compressionOfText(text: string): Compression | null {
  if (text.startsWith('\u001f\ufffd') || text.startsWith('\u001f\u008b')) return 'gzip';
  if (text.startsWith('PK\u0003\u0004')) return 'zip';
  return null;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`;
}

/** Entries of a zip that are files a person put there (not folders, not macOS resource forks). */
function isContent(name: string): boolean {
  return !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(^|\/)\.DS_Store$/.test(name);
}

/**
 * The bytes inside a gzip or single-file zip, at most `maxBytes` unpacked (a small bomb must not fill
 * memory); other bytes as they are. `file` names the file in messages.
 */
export function unpackDocument(bytes: Uint8Array, file: string, maxBytes: number): Uint8Array {
  const kind = compressionOf(bytes);
  if (kind === 'gzip') {
    try {
      return gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE')
        throw new KubeplanError('invalid-argument', `gzip-compressed, over ${megabytes(maxBytes)} unpacked`, file);
      throw new KubeplanError(
        'parse-error',
        `gzip-compressed but damaged (truncated download?): ${errorMessage(error).slice(0, 120)}`,
        file,
      );
    }
  }
  if (kind === 'zip') {
    let entries: Record<string, Uint8Array>;
    const names: string[] = [];
    let total = 0;
    try {
      entries = unzipSync(bytes, {
        filter: (entry) => {
          if (!isContent(entry.name)) return false;
          names.push(entry.name);
          total += entry.originalSize;
          // Only a single file is unpacked, and never one larger than the cap says.
          return names.length === 1 && entry.originalSize <= maxBytes;
        },
      });
    } catch (error) {
      throw new KubeplanError('parse-error', `a damaged zip archive: ${errorMessage(error).slice(0, 120)}`, file);
    }
    if (names.length === 0) throw new KubeplanError('parse-error', 'a zip archive with no file in it', file);
    if (names.length > 1) {
      const listed = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
      throw new KubeplanError(
        'invalid-argument',
        `a zip archive of ${names.length} files (${listed}); unzip it and import the schedule itself`,
        file,
      );
    }
    const inside = entries[names[0]!];
    if (!inside || total > maxBytes)
      throw new KubeplanError('invalid-argument', `${names[0]} in the zip is over ${megabytes(maxBytes)}`, file);
    return inside;
  }
  return bytes;
}

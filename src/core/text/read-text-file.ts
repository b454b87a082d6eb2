// Reads a text file from disk: regular files only, size-capped, decoded by its BOM or XML declaration
// (UTF-16, ISO-8859-1 …), never assumed UTF-8; gzip and one-file zips unpacked. A device, a FIFO or a
// huge file is refused by name.
import fs from 'node:fs';
import { KubeplanError, errorMessage } from '../../shared/errors';
import { decodeDocument } from './decode-document';
import { unpackDocument } from './unpack-document';

/**
 * No schedule or feed comes near this; a larger file is refused before it is read (and a compressed
 * one once it unpacks past it). `kubeplan import --max-size MB` raises it for one command.
 */
export const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;

function megabytes(bytes: number): string {
  return bytes < 1048576 ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / 1048576)} MB`;
}

function refuseUnlessReadable(file: string, stat: fs.Stats, maxBytes: number): void {
  if (!stat.isFile()) throw new KubeplanError('invalid-argument', 'not a regular file', file);
  if (stat.size > maxBytes) {
    throw new KubeplanError(
      'invalid-argument',
      `the file is ${megabytes(stat.size)}; the limit is ${megabytes(maxBytes)}`,
      file,
    );
  }
}

/** Refuses, by name, what readTextFile would refuse: a missing file, a device or FIFO, one over the cap. */
export function checkTextFile(file: string, options: { maxBytes?: number } = {}): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KubeplanError('io-error', code === 'ENOENT' ? 'file not found' : errorMessage(error), file);
  }
  refuseUnlessReadable(file, stat, options.maxBytes ?? MAX_TEXT_FILE_BYTES);
}

export function readTextFile(file: string, options: { maxBytes?: number } = {}): string {
  const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KubeplanError('io-error', code === 'ENOENT' ? 'file not found' : errorMessage(error), file);
  }
  try {
    // Checked on the open descriptor, so the file cannot be swapped between the check and the read.
    refuseUnlessReadable(file, fs.fstatSync(fd), maxBytes);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(fd);
    } catch (error) {
      throw new KubeplanError('io-error', errorMessage(error), file);
    }
    // A file that grew after the check is refused all the same.
    if (bytes.length > maxBytes) {
      throw new KubeplanError('invalid-argument', `the file is over the ${megabytes(maxBytes)} limit`, file);
    }
    // gzip or a one-file zip under any name (a browser's saved all.ics) is read as what it holds.
    return decodeDocument(unpackDocument(bytes, file, maxBytes)).text;
  } finally {
    fs.closeSync(fd);
  }
}

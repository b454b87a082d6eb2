// Reads a text file from disk, decoded by its BOM or XML declaration (UTF-16, ISO-8859-1 …), never assumed UTF-8.
import fs from 'node:fs';
import { KubeplanError } from '../../shared/errors';
import { decodeDocument } from './decode-document';

export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new KubeplanError('io-error', reason, file);
  }
  return decodeDocument(bytes).text;
}

// Writes an export (.ics or a schedule) atomically (temp file, then rename) so a failed write never leaves half a file.
import fs from 'node:fs';
import path from 'node:path';
import { errorMessage, KubeplanError } from '../../shared/errors';

export function writeIcsFile(file: string, text: string, what = 'the calendar'): void {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text, 'utf8');
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new KubeplanError('io-error', `cannot write ${what}: ${errorMessage(error)}`, file);
  }
}

// Keeps spreadsheet programs from running a CSV cell as a formula, in a way the CSV importer undoes exactly.

/**
 * Spreadsheets read a cell starting with `=`, `+`, `-` or `@` (and some a tab or CR before one) as a
 * formula: `=HYPERLINK(…)` in a talk title would run on the organizer's machine. A leading apostrophe
 * makes it text. Cells that already start with apostrophes before such a character get one more, so
 * `restoreCell` can strip exactly one and every cell reads back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of neutralizeCell: cells it never writes (one apostrophe before plain text) stay as they are. */
export function restoreCell(value: string): string {
  return NEUTRALIZED.test(value) ? value.slice(1) : value;
}

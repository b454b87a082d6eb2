// Test support: the c3voc project's own validators for schedule.json (its JSON schema, run with ajv)
// and schedule.xml (its XSD, run with xmllint), as kept in test/fixtures/c3voc/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import draft6MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import type { TestContext } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../fixtures/c3voc');
export const SCHEDULE_JSON_SCHEMA = path.join(DIR, 'schema.json');
export const SCHEDULE_XSD = path.join(DIR, 'schedule.xml.xsd');

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ??
  addFormatsPlugin) as typeof addFormatsPlugin;

function compileSchema() {
  // Strict about the schema as well as the data: every keyword ajv does not know is named below.
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
  ajv.addMetaSchema(draft6MetaSchema);
  addFormats(ajv);
  // `color` is the schema's own format (track and conference colors): a CSS hex color.
  ajv.addFormat('color', /^#[0-9a-f]{6}$/i);
  // Notes the schema's authors left ($oneOf is a disabled oneOf, $todo a reminder): annotations only.
  ajv.addVocabulary(['$oneOf', '$todo']);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEDULE_JSON_SCHEMA, 'utf8')) as object);
}

let validate: ReturnType<typeof compileSchema> | null = null;

function missing(file: string): string | null {
  return fs.existsSync(file) ? null : `${path.relative(process.cwd(), file)} is missing (see test/fixtures/SOURCES.md)`;
}

/** Skips the test, with the reason, where the c3voc JSON schema is not in the fixtures. */
export function requireJsonSchema(ctx: TestContext): void {
  const reason = missing(SCHEDULE_JSON_SCHEMA);
  if (reason) ctx.skip(reason);
}

/** The schema's complaints about a schedule.json text; empty when it is valid. */
export function scheduleJsonErrors(text: string): string[] {
  validate ??= compileSchema();
  if (validate(JSON.parse(text))) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
const xmllintMissing = probe.error ? `xmllint is not installed (${probe.error.message})` : null;

/** Skips the test, with the reason, where xmllint or the c3voc XSD is missing. */
export function requireXmllint(ctx: TestContext): void {
  if (xmllintMissing) ctx.skip(`${xmllintMissing}; install the Debian package libxml2-utils to run this check`);
  const reason = missing(SCHEDULE_XSD);
  if (reason) ctx.skip(reason);
}

/** xmllint's verdict on a schedule.xml text against the c3voc XSD: the error lines, empty when valid. */
export function scheduleXmlErrors(text: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-xsd-'));
  try {
    const file = path.join(dir, 'schedule.xml');
    fs.writeFileSync(file, text);
    const result = spawnSync('xmllint', ['--noout', '--schema', SCHEDULE_XSD, file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    if (result.status === 0) return [];
    const errors = result.stderr.split('\n').filter((line) => line.includes('error'));
    return errors.length > 0 ? errors : [`xmllint exited ${result.status}: ${result.stderr}`];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

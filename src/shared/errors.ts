// The project's own typed errors: what every layer throws for bad input, and what crosses IPC.

export const ERROR_CODES = [
  'invalid-argument',
  'parse-error',
  'not-found',
  'io-error',
  'database-error',
  'network-error',
  'forbidden',
  /** An import that would take sessions from your plan, refused until confirmed a second time. */
  'needs-confirmation',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** File, line, URL or field the problem is in, when known. */
  where?: string;
}

export class KubeplanError extends Error {
  readonly code: ErrorCode;
  readonly where: string | undefined;

  constructor(code: ErrorCode, message: string, where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'KubeplanError';
    this.code = code;
    this.where = where;
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (this.where !== undefined) info.where = this.where;
    return info;
  }
}

export function isKubeplanError(value: unknown): value is KubeplanError {
  return value instanceof KubeplanError;
}

/** The message of anything thrown (an Error's message, else the value as text): what a person is shown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The longest message shown (a safety net: importers quote at most ~200 characters of a file themselves). */
export const MAX_MESSAGE_CHARS = 4000;

function shorten(text: string): string {
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS - 1)}…` : text;
}

/** Turns anything thrown into ErrorInfo without leaking stack traces across IPC. */
export function toErrorInfo(error: unknown): ErrorInfo {
  const info: ErrorInfo = isKubeplanError(error) ? error.toInfo() : { code: 'internal', message: errorMessage(error) };
  info.message = shorten(info.message);
  if (info.where !== undefined) info.where = shorten(info.where);
  return info;
}

// How one IPC channel is declared: its name, a zod schema for its argument, and its result type.
import type { z } from 'zod';
import type { ErrorInfo } from '../errors';

export interface ChannelSpec<Input extends z.ZodType, Output> {
  channel: string;
  input: Input;
  /** Phantom field: carries the result type, never read at run time. */
  output?: Output;
}

export function defineChannel<Output>() {
  return <Input extends z.ZodType>(channel: string, input: Input): ChannelSpec<Input, Output> => ({
    channel,
    input,
  });
}

/** What every handler returns across IPC: Electron flattens thrown errors to strings. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

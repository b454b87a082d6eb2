// The handler table's type: one function per contract method, taking the validated argument.
import type { z } from 'zod';
import type { Contract, MethodName, OutputOf } from '../../shared/ipc/contract';

type InputOf<K extends MethodName> = z.output<Contract[K]['input']>;
type Handler<K extends MethodName> = (input: InputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;

export type HandlerTable = { [K in MethodName]: Handler<K> };

/** The handlers of one area (sessions, feeds…): a slice of the table. */
export type HandlerSlice<Keys extends MethodName> = { [K in Keys]: Handler<K> };

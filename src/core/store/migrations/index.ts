// Every migration this build knows, in order. Append; never edit or reorder a landed one.
import { migration001 } from './001-initial';
import { migration002 } from './002-settings';
import { migration003 } from './003-session-key';
import { migration004 } from './004-planning';
import { migration005 } from './005-list-order';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];

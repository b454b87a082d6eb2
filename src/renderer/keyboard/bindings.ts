// The app's keyboard shortcuts as one table: which key does what, on which screen, from where.
// The window listener (KeyboardProvider) and the `?` help overlay both read this table.

/**
 * Where a binding applies. `global` is always active; a screen or dialog activates its own scope
 * while mounted. A modal scope (a dialog, the help overlay) hides every scope below it.
 */
export type KeyScope = 'global' | 'catalogue' | 'timetable' | 'detail' | 'dialog';

/** What the focused element is, as far as shortcuts care. */
export type KeyTarget =
  /** A field that takes typing: a letter there is text, not a command. */
  | 'text'
  /** The catalogue's search box: typing, but arrows and Enter drive the list below it. */
  | 'search'
  /** A session row (or the list itself) in a keyboard-driven list. */
  | 'list'
  /** A link or button inside such a list. */
  | 'list-control'
  /** Nothing in particular has the focus. */
  | 'body'
  /** Anything else: a link, a button, a checkbox elsewhere on the page. */
  | 'other';

export type KeyAction =
  | 'help'
  | 'focus-search'
  | 'clear-search'
  | 'leave-list'
  | 'next'
  | 'previous'
  /** The timetable's ← and →: the session at the same time in the lane or room beside. */
  | 'left'
  | 'right'
  | 'first'
  | 'last'
  | 'open'
  | 'star'
  | 'back'
  | 'close';

export interface KeyBinding {
  action: KeyAction;
  scope: KeyScope;
  /** Key names as KeyboardEvent.key gives them, with `Control+`, `Meta+`, `Alt+` in front where needed. */
  keys: readonly string[];
  /** Where the focus may be for the key to count. */
  targets: readonly KeyTarget[];
  /** What the help overlay says it does. */
  label: string;
}

const ANYWHERE: readonly KeyTarget[] = ['text', 'search', 'list', 'list-control', 'body', 'other'];
/** Letters and `?` are text in a field: these keys act only outside one. */
const NOT_TYPING: readonly KeyTarget[] = ['list', 'list-control', 'body', 'other'];
/** Inside a keyboard-driven list or grid: a row or cell, or a link or button in one. */
const IN_LIST: readonly KeyTarget[] = ['list', 'list-control'];

/** Rows of one scope: `bind('catalogue')('next', ['j'], IN_LIST, 'Next session')`. */
function bind(scope: KeyScope) {
  return (action: KeyAction, keys: readonly string[], targets: readonly KeyTarget[], label: string): KeyBinding => ({
    action,
    scope,
    keys,
    targets,
    label,
  });
}

/**
 * The search box above a keyboard-driven list or grid, the same on every such screen: `/` and
 * Ctrl/Cmd+F go to it, Esc in it clears it, Esc in the list goes back up to it.
 */
function searchBoxKeys(scope: KeyScope): KeyBinding[] {
  const row = bind(scope);
  return [
    row('focus-search', ['/'], NOT_TYPING, 'Search'),
    row('focus-search', ['Control+f', 'Meta+f'], ANYWHERE, 'Search'),
    row('clear-search', ['Escape'], ['search'], 'Clear the search'),
    row('leave-list', ['Escape'], IN_LIST, 'Back to the search box'),
  ];
}

/** What a list's moves are called on a screen: "Next session", "Next session in the room"… */
interface MoveLabels {
  next: string;
  previous: string;
  first: string;
  last: string;
}

/**
 * ↓ ↑ (j k), Home and End in a list or grid. `fromSearch` is where ↓ and ↑ also count (the search
 * box above, where j and k are letters); `inList` where the rest do.
 */
function listMoveKeys(
  scope: KeyScope,
  labels: MoveLabels,
  places: { fromSearch: readonly KeyTarget[]; inList: readonly KeyTarget[] },
): KeyBinding[] {
  const row = bind(scope);
  return [
    row('next', ['ArrowDown'], places.fromSearch, labels.next),
    row('next', ['j'], places.inList, labels.next),
    row('previous', ['ArrowUp'], places.fromSearch, labels.previous),
    row('previous', ['k'], places.inList, labels.previous),
    row('first', ['Home'], places.inList, labels.first),
    row('last', ['End'], places.inList, labels.last),
  ];
}

const catalogue = bind('catalogue');
const timetable = bind('timetable');

/**
 * First match wins within a scope; scopes are searched from the innermost (the latest mounted) out,
 * so a screen's `s` (star the selected row) comes before the app-wide `s` (star the focused session).
 */
export const KEY_BINDINGS: readonly KeyBinding[] = [
  bind('dialog')('close', ['Escape'], ANYWHERE, 'Close the dialog'),
  ...searchBoxKeys('catalogue'),
  // Nothing focused (the page just opened) counts as the list: the arrows work from the start.
  ...listMoveKeys(
    'catalogue',
    { next: 'Next session', previous: 'Previous session', first: 'First session', last: 'Last session' },
    { fromSearch: ['search', ...IN_LIST, 'body'], inList: [...IN_LIST, 'body'] },
  ),
  // On a link or button Enter is the control's own (it follows the link); elsewhere it opens the selection.
  catalogue('open', ['Enter'], ['search', 'list', 'body'], 'Open the session'),
  catalogue('star', ['s'], ['list', 'body'], 'Star the selected session'),
  // The timetable grid: ↓/↑ in time within a room, ←/→ across lanes and rooms (timetable/neighbours.ts).
  ...searchBoxKeys('timetable'),
  // ↓ from the search box enters the grid; ↑ there is the caret's own (the grid is below).
  ...listMoveKeys(
    'timetable',
    {
      next: 'Next session in the room',
      previous: 'Previous session in the room',
      first: 'First session in the room',
      last: 'Last session in the room',
    },
    { fromSearch: IN_LIST, inList: IN_LIST },
  ),
  timetable('next', ['ArrowDown'], ['search'], 'Next session in the room'),
  timetable('left', ['ArrowLeft', 'h'], IN_LIST, 'Session at the same time, one room left'),
  timetable('right', ['ArrowRight', 'l'], IN_LIST, 'Session at the same time, one room right'),
  timetable('open', ['Enter'], ['list'], 'Open the session'),
  bind('detail')('back', ['Escape'], NOT_TYPING, 'Go back'),
  bind('global')('star', ['s'], NOT_TYPING, 'Star the focused session'),
  bind('global')('help', ['?'], NOT_TYPING, 'Show these shortcuts'),
];

/** The parts of a KeyboardEvent a binding looks at. */
export interface KeyStroke {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether a stroke is `spec` ("s", "Control+f", "ArrowDown"). */
export function strokeMatches(spec: string, stroke: KeyStroke): boolean {
  const parts = spec.split('+');
  // "+" itself would be the last, empty part: keep the key whole then.
  const key = spec.endsWith('++') ? '+' : parts[parts.length - 1]!;
  const modifiers = new Set(spec.endsWith('++') ? parts.slice(0, -2) : parts.slice(0, -1));
  if (stroke.ctrlKey !== modifiers.has('Control')) return false;
  if (stroke.metaKey !== modifiers.has('Meta')) return false;
  if (stroke.altKey !== modifiers.has('Alt')) return false;
  // A single character carries its own Shift ("?" is Shift+/ on many layouts, "S" would be Shift+s).
  if (key.length > 1 && stroke.shiftKey !== modifiers.has('Shift')) return false;
  return key.length === 1 && modifiers.size === 0 ? stroke.key === key : stroke.key.toLowerCase() === key.toLowerCase();
}

/**
 * The bindings a stroke could mean, best first: `scopes` are the active scopes innermost first,
 * already cut below the topmost modal one. The listener runs the first whose handler takes it.
 */
export function bindingsFor(
  stroke: KeyStroke,
  target: KeyTarget,
  scopes: readonly KeyScope[],
  table: readonly KeyBinding[] = KEY_BINDINGS,
): KeyBinding[] {
  const found: KeyBinding[] = [];
  for (const scope of scopes)
    for (const binding of table)
      if (
        binding.scope === scope &&
        binding.targets.includes(target) &&
        binding.keys.some((spec) => strokeMatches(spec, stroke))
      )
        found.push(binding);
  return found;
}

const KEY_NAMES: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Control: 'Ctrl',
  Meta: '⌘',
};

/** A key spec as the help overlay shows it: "Control+f" → ["Ctrl", "F"]. */
export function keyCaps(spec: string): string[] {
  return spec.split('+').map((part) => KEY_NAMES[part] ?? (part.length === 1 ? part.toUpperCase() : part));
}

const SCOPE_TITLES: Record<KeyScope, string> = {
  global: 'Everywhere',
  catalogue: 'Catalogue',
  timetable: 'Timetable',
  detail: 'Session and speaker pages',
  dialog: 'Dialogs',
};

export interface HelpSection {
  title: string;
  rows: { label: string; keys: string[][] }[];
}

/** The table grouped for the help overlay: one row per action and scope, its keys side by side. */
export function helpSections(table: readonly KeyBinding[] = KEY_BINDINGS): HelpSection[] {
  const order: KeyScope[] = ['global', 'catalogue', 'timetable', 'detail', 'dialog'];
  return order
    .map((scope) => {
      const rows: HelpSection['rows'] = [];
      for (const binding of table.filter((b) => b.scope === scope)) {
        const row = rows.find((r) => r.label === binding.label);
        const caps = binding.keys.map(keyCaps);
        if (row) row.keys.push(...caps.filter((c) => !row.keys.some((k) => k.join('+') === c.join('+'))));
        else rows.push({ label: binding.label, keys: caps });
      }
      return { title: SCOPE_TITLES[scope], rows };
    })
    .filter((section) => section.rows.length > 0);
}

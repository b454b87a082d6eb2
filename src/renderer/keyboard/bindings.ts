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
const LIST_MOVES: readonly KeyTarget[] = ['search', 'list', 'list-control', 'body'];

/**
 * First match wins within a scope; scopes are searched from the innermost (the latest mounted) out,
 * so a screen's `s` (star the selected row) comes before the app-wide `s` (star the focused session).
 */
export const KEY_BINDINGS: readonly KeyBinding[] = [
  { action: 'close', scope: 'dialog', keys: ['Escape'], targets: ANYWHERE, label: 'Close the dialog' },
  { action: 'focus-search', scope: 'catalogue', keys: ['/'], targets: NOT_TYPING, label: 'Search' },
  {
    action: 'focus-search',
    scope: 'catalogue',
    keys: ['Control+f', 'Meta+f'],
    targets: ANYWHERE,
    label: 'Search',
  },
  { action: 'clear-search', scope: 'catalogue', keys: ['Escape'], targets: ['search'], label: 'Clear the search' },
  {
    action: 'leave-list',
    scope: 'catalogue',
    keys: ['Escape'],
    targets: ['list', 'list-control'],
    label: 'Back to the search box',
  },
  { action: 'next', scope: 'catalogue', keys: ['ArrowDown'], targets: LIST_MOVES, label: 'Next session' },
  { action: 'next', scope: 'catalogue', keys: ['j'], targets: ['list', 'list-control', 'body'], label: 'Next session' },
  { action: 'previous', scope: 'catalogue', keys: ['ArrowUp'], targets: LIST_MOVES, label: 'Previous session' },
  {
    action: 'previous',
    scope: 'catalogue',
    keys: ['k'],
    targets: ['list', 'list-control', 'body'],
    label: 'Previous session',
  },
  {
    action: 'first',
    scope: 'catalogue',
    keys: ['Home'],
    targets: ['list', 'list-control', 'body'],
    label: 'First session',
  },
  {
    action: 'last',
    scope: 'catalogue',
    keys: ['End'],
    targets: ['list', 'list-control', 'body'],
    label: 'Last session',
  },
  // On a link or button Enter is the control's own (it follows the link); elsewhere it opens the selection.
  {
    action: 'open',
    scope: 'catalogue',
    keys: ['Enter'],
    targets: ['search', 'list', 'body'],
    label: 'Open the session',
  },
  { action: 'star', scope: 'catalogue', keys: ['s'], targets: ['list', 'body'], label: 'Star the selected session' },
  // The timetable grid: ↓/↑ in time within a room, ←/→ across lanes and rooms (timetable/neighbours.ts).
  { action: 'focus-search', scope: 'timetable', keys: ['/'], targets: NOT_TYPING, label: 'Search' },
  {
    action: 'focus-search',
    scope: 'timetable',
    keys: ['Control+f', 'Meta+f'],
    targets: ANYWHERE,
    label: 'Search',
  },
  { action: 'clear-search', scope: 'timetable', keys: ['Escape'], targets: ['search'], label: 'Clear the search' },
  {
    action: 'leave-list',
    scope: 'timetable',
    keys: ['Escape'],
    targets: ['list', 'list-control'],
    label: 'Back to the search box',
  },
  {
    action: 'next',
    scope: 'timetable',
    keys: ['ArrowDown', 'j'],
    targets: ['list', 'list-control'],
    label: 'Next session in the room',
  },
  // ↓ from the search box enters the grid (j there is a letter).
  { action: 'next', scope: 'timetable', keys: ['ArrowDown'], targets: ['search'], label: 'Next session in the room' },
  {
    action: 'previous',
    scope: 'timetable',
    keys: ['ArrowUp', 'k'],
    targets: ['list', 'list-control'],
    label: 'Previous session in the room',
  },
  {
    action: 'left',
    scope: 'timetable',
    keys: ['ArrowLeft', 'h'],
    targets: ['list', 'list-control'],
    label: 'Session at the same time, one room left',
  },
  {
    action: 'right',
    scope: 'timetable',
    keys: ['ArrowRight', 'l'],
    targets: ['list', 'list-control'],
    label: 'Session at the same time, one room right',
  },
  {
    action: 'first',
    scope: 'timetable',
    keys: ['Home'],
    targets: ['list', 'list-control'],
    label: 'First session in the room',
  },
  {
    action: 'last',
    scope: 'timetable',
    keys: ['End'],
    targets: ['list', 'list-control'],
    label: 'Last session in the room',
  },
  { action: 'open', scope: 'timetable', keys: ['Enter'], targets: ['list'], label: 'Open the session' },
  { action: 'back', scope: 'detail', keys: ['Escape'], targets: NOT_TYPING, label: 'Go back' },
  { action: 'star', scope: 'global', keys: ['s'], targets: NOT_TYPING, label: 'Star the focused session' },
  { action: 'help', scope: 'global', keys: ['?'], targets: NOT_TYPING, label: 'Show these shortcuts' },
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

import { describe, expect, it } from 'vitest';
import {
  bindingsFor,
  helpSections,
  KEY_BINDINGS,
  strokeMatches,
  type KeyScope,
  type KeyStroke,
  type KeyTarget,
} from '../../../src/renderer/keyboard/bindings';
import { wrapFocus } from '../../../src/renderer/keyboard/wrap-focus';
import { activeRegistrations } from '../../../src/renderer/keyboard/scopes';

function stroke(spec: string): KeyStroke {
  const parts = spec.split('+');
  const key = parts.pop()!;
  const shifted = key.length === 1 && key !== key.toLowerCase();
  return {
    key,
    ctrlKey: parts.includes('Control'),
    metaKey: parts.includes('Meta'),
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift') || shifted || key === '?',
  };
}

/** What a key does on a screen: the actions it could mean, best first. */
function actions(spec: string, target: KeyTarget, scopes: KeyScope[]): string[] {
  return bindingsFor(stroke(spec), target, scopes).map((b) => `${b.scope}:${b.action}`);
}

const CATALOGUE: KeyScope[] = ['catalogue', 'global'];

describe('the keyboard table', () => {
  it('takes / to the search box from the list, but a / typed in a field stays text', () => {
    expect(actions('/', 'list', CATALOGUE)).toEqual(['catalogue:focus-search']);
    expect(actions('/', 'body', CATALOGUE)).toEqual(['catalogue:focus-search']);
    expect(actions('/', 'text', CATALOGUE)).toEqual([]);
    expect(actions('/', 'search', CATALOGUE)).toEqual([]);
  });

  it('takes Ctrl+F and Cmd+F to the search box even from a text field', () => {
    expect(actions('Control+f', 'text', CATALOGUE)).toEqual(['catalogue:focus-search']);
    expect(actions('Meta+f', 'other', CATALOGUE)).toEqual(['catalogue:focus-search']);
    expect(actions('f', 'list', CATALOGUE)).toEqual([]);
    expect(actions('Control+Alt+f', 'list', CATALOGUE)).toEqual([]);
  });

  it('stars the selected row in the list, the row a focused button sits in, and nothing while typing', () => {
    expect(actions('s', 'list', CATALOGUE)).toEqual(['catalogue:star', 'global:star']);
    // On a link or button in a row, the app-wide star (of the focused session) is the one that applies.
    expect(actions('s', 'list-control', CATALOGUE)).toEqual(['global:star']);
    expect(actions('s', 'search', CATALOGUE)).toEqual([]);
    expect(actions('s', 'text', ['global'])).toEqual([]);
    expect(actions('S', 'list', CATALOGUE)).toEqual([]);
    expect(actions('Control+s', 'list', CATALOGUE)).toEqual([]);
  });

  it('moves with arrows from the search box, but j and k there are letters', () => {
    expect(actions('ArrowDown', 'search', CATALOGUE)).toEqual(['catalogue:next']);
    expect(actions('j', 'search', CATALOGUE)).toEqual([]);
    expect(actions('j', 'list', CATALOGUE)).toEqual(['catalogue:next']);
    expect(actions('k', 'list-control', CATALOGUE)).toEqual(['catalogue:previous']);
    expect(actions('Shift+ArrowDown', 'list', CATALOGUE)).toEqual([]);
    expect(actions('End', 'search', CATALOGUE)).toEqual([]);
  });

  it('leaves Enter on a link or button to the control itself', () => {
    expect(actions('Enter', 'search', CATALOGUE)).toEqual(['catalogue:open']);
    expect(actions('Enter', 'list', CATALOGUE)).toEqual(['catalogue:open']);
    expect(actions('Enter', 'list-control', CATALOGUE)).toEqual([]);
  });

  it('gives Esc one meaning per place: clear the search, leave the list, go back, close the dialog', () => {
    expect(actions('Escape', 'search', CATALOGUE)).toEqual(['catalogue:clear-search']);
    expect(actions('Escape', 'list', CATALOGUE)).toEqual(['catalogue:leave-list']);
    expect(actions('Escape', 'other', ['detail', 'global'])).toEqual(['detail:back']);
    expect(actions('Escape', 'text', ['detail', 'global'])).toEqual([]);
    expect(actions('Escape', 'text', ['dialog'])).toEqual(['dialog:close']);
  });

  it('opens the help with ?, but not while typing and not over a dialog', () => {
    expect(actions('?', 'body', CATALOGUE)).toEqual(['global:help']);
    expect(actions('?', 'other', ['detail', 'global'])).toEqual(['global:help']);
    expect(actions('?', 'text', CATALOGUE)).toEqual([]);
    expect(actions('?', 'body', ['dialog'])).toEqual([]);
  });

  it('never binds one key to two actions in the same scope for the same place', () => {
    const targets: KeyTarget[] = ['text', 'search', 'list', 'list-control', 'body', 'other'];
    const taken = new Map<string, string>();
    for (const binding of KEY_BINDINGS)
      for (const key of binding.keys)
        for (const target of targets.filter((t) => binding.targets.includes(t))) {
          const slot = `${binding.scope} ${key} ${target}`;
          expect(taken.get(slot) ?? binding.action, slot).toBe(binding.action);
          taken.set(slot, binding.action);
        }
  });

  it('matches modifiers exactly and lets a character carry its own Shift', () => {
    expect(strokeMatches('?', stroke('?'))).toBe(true);
    expect(strokeMatches('Control+f', stroke('Control+F'))).toBe(true);
    expect(strokeMatches('Control+f', stroke('f'))).toBe(false);
    expect(strokeMatches('ArrowDown', stroke('ArrowDown'))).toBe(true);
    expect(strokeMatches('ArrowDown', stroke('Shift+ArrowDown'))).toBe(false);
  });

  it('lists every action in the help overlay once per place, with all its keys', () => {
    const sections = helpSections();
    expect(sections.map((s) => s.title)).toEqual([
      'Everywhere',
      'Catalogue',
      'Timetable',
      'Session and speaker pages',
      'Dialogs',
    ]);
    const catalogue = sections.find((s) => s.title === 'Catalogue')!;
    expect(catalogue.rows.find((r) => r.label === 'Search')!.keys).toEqual([['/'], ['Ctrl', 'F'], ['⌘', 'F']]);
    expect(catalogue.rows.find((r) => r.label === 'Next session')!.keys).toEqual([['↓'], ['J']]);
    const labelled = new Set(sections.flatMap((s) => s.rows.map((r) => r.label)));
    for (const binding of KEY_BINDINGS) expect(labelled).toContain(binding.label);
  });
});

describe('key scopes', () => {
  const reg = (scope: KeyScope, modal = false, name: string = scope) => ({ scope, modal, name });

  it('asks the screen before the app, whatever order they mounted in', () => {
    // React mounts a child's effects first: the screen registers before the app shell.
    const mounted = [reg('catalogue'), reg('global')];
    expect(activeRegistrations(mounted).map((r) => r.name)).toEqual(['catalogue', 'global']);
  });

  it('lets an open dialog hide every other scope; the latest dialog wins', () => {
    const mounted = [reg('catalogue'), reg('global'), reg('dialog', true, 'import'), reg('dialog', true, 'help')];
    expect(activeRegistrations(mounted).map((r) => r.name)).toEqual(['help']);
  });
});

describe('the focus trap', () => {
  it('goes round from the last control to the first and back, and in from outside', () => {
    expect(wrapFocus(2, 3, false)).toBe(0);
    expect(wrapFocus(0, 3, true)).toBe(2);
    expect(wrapFocus(1, 3, false)).toBe(2);
    expect(wrapFocus(-1, 3, false)).toBe(0);
    expect(wrapFocus(-1, 3, true)).toBe(2);
    expect(wrapFocus(-1, 0, false)).toBe(-1);
  });
});

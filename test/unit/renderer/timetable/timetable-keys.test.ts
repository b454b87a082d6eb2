import { describe, expect, it } from 'vitest';
import { bindingsFor, helpSections, type KeyScope, type KeyTarget } from '../../../../src/renderer/keyboard/bindings';

const TIMETABLE: KeyScope[] = ['timetable', 'global'];
const stroke = (key: string, mods: { ctrlKey?: boolean; altKey?: boolean; shiftKey?: boolean } = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const actions = (key: string, target: KeyTarget, mods = {}) =>
  bindingsFor(stroke(key, mods), target, TIMETABLE).map((b) => `${b.scope}:${b.action}`);

describe('the timetable keys in the app table', () => {
  it('move with the arrows (and h j k l) from a cell, in time within a room and across rooms', () => {
    expect(actions('ArrowDown', 'list')).toEqual(['timetable:next']);
    expect(actions('ArrowUp', 'list')).toEqual(['timetable:previous']);
    expect(actions('ArrowLeft', 'list')).toEqual(['timetable:left']);
    expect(actions('ArrowRight', 'list-control')).toEqual(['timetable:right']);
    expect(actions('l', 'list')).toEqual(['timetable:right']);
    expect(actions('Home', 'list')).toEqual(['timetable:first']);
    expect(actions('ArrowRight', 'list', { shiftKey: true })).toEqual([]);
    expect(actions('ArrowLeft', 'list', { altKey: true })).toEqual([]);
  });

  it('enter the grid with ↓ from the search box, where ← → and letters stay the field’s', () => {
    expect(actions('ArrowDown', 'search')).toEqual(['timetable:next']);
    expect(actions('ArrowLeft', 'search')).toEqual([]);
    expect(actions('j', 'search')).toEqual([]);
    expect(actions('s', 'search')).toEqual([]);
  });

  it('open with Enter on a cell (a focused link follows itself), star with s, leave with Esc', () => {
    expect(actions('Enter', 'list')).toEqual(['timetable:open']);
    expect(actions('Enter', 'list-control')).toEqual([]);
    expect(actions('s', 'list')).toEqual(['global:star']);
    expect(actions('Escape', 'list')).toEqual(['timetable:leave-list']);
    expect(actions('Escape', 'search')).toEqual(['timetable:clear-search']);
  });

  it('appear in the help overlay under their own heading', () => {
    const section = helpSections().find((s) => s.title === 'Timetable');
    expect(section?.rows.map((r) => r.label)).toContain('Session at the same time, one room right');
    expect(section?.rows.find((r) => r.label === 'Session at the same time, one room left')?.keys).toEqual([
      ['←'],
      ['H'],
    ]);
  });
});

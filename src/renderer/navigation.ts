// The sidebar's entries: each a top-level screen.
import type { Route } from './routes';

export interface NavEntry {
  label: string;
  route: Route;
  /** Which routes light this entry up. */
  matches: (route: Route) => boolean;
}

export const navEntries: NavEntry[] = [
  {
    label: 'Catalogue',
    route: { screen: 'catalogue' },
    matches: (r) => r.screen === 'catalogue' || r.screen === 'session' || r.screen === 'speaker',
  },
  {
    label: 'Timetable',
    route: { screen: 'timetable' },
    matches: (r) => r.screen === 'timetable',
  },
  {
    label: 'My agenda',
    route: { screen: 'agenda' },
    matches: (r) => r.screen === 'agenda',
  },
  {
    label: 'Plan for me',
    route: { screen: 'plan' },
    matches: (r) => r.screen === 'plan',
  },
  {
    label: 'Team',
    route: { screen: 'team' },
    matches: (r) => r.screen === 'team',
  },
  {
    label: 'Changes',
    route: { screen: 'changes' },
    matches: (r) => r.screen === 'changes',
  },
  {
    label: 'Sources',
    route: { screen: 'sources' },
    matches: (r) => r.screen === 'sources',
  },
];

// Test sessions for the timetable layout: hand-made ones in Amsterdam time, and the real KubeCon EU 2026 catalogue.
import { kubeconEu2026Sessions } from '../../../fixtures/catalogue/catalogue-batches';
import type { SessionView } from '../../../../src/shared/types';
import { record } from '../../helpers';

/** A session in room `room` on 24 March 2026, from `from` to `to` Amsterdam time ("09:00"). */
export function at(sessionKey: string, room: string | null, from: string, to: string | null): SessionView {
  const iso = (hhmm: string) => new Date(`2026-03-24T${hhmm}:00+01:00`).toISOString();
  return {
    ...record({ sessionKey }),
    event: 'KubeCon + CloudNativeCon Europe 2026',
    date: '2026-03-24',
    start: iso(from),
    end: to === null ? null : iso(to),
    timeZone: 'Europe/Amsterdam',
    room,
    status: 'active',
    agenda: null,
    note: null,
    changes: [],
  };
}

export function kubecon2026(): SessionView[] {
  return kubeconEu2026Sessions().map((r) => ({ ...r, status: 'active', agenda: null, note: null, changes: [] }));
}

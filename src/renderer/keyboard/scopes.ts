// Which registered key scopes are active, innermost first.
import type { KeyScope } from './bindings';

/** Inner scopes first: a screen's binding for a key comes before the app-wide one. */
const SCOPE_RANK: Record<KeyScope, number> = { dialog: 0, catalogue: 1, timetable: 1, detail: 1, global: 2 };

/**
 * The active registrations, innermost first. An open modal (a dialog, the help overlay) is the only
 * one active: keys never reach the screen behind it. Mount order cannot rank scopes (React runs a
 * child's effects before its parent's), so the scope's rank does, and among equals the later mounted.
 */
export function activeRegistrations<R extends { modal: boolean; scope: KeyScope }>(mounted: readonly R[]): R[] {
  const modal = mounted.filter((r) => r.modal);
  if (modal.length > 0) return [modal[modal.length - 1]!];
  return mounted
    .map((registration, order) => ({ registration, order }))
    .sort((a, b) => SCOPE_RANK[a.registration.scope] - SCOPE_RANK[b.registration.scope] || b.order - a.order)
    .map((entry) => entry.registration);
}

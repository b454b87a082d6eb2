// The one window key listener: it looks the key up in the binding table and runs the handler the
// innermost active scope registered for that action (see bindings.ts for the table).
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { bindingsFor, type KeyAction, type KeyScope } from './bindings';
import { keyTarget } from './key-target';
import { activeRegistrations } from './scopes';

/**
 * Runs an action; returns false when it does not apply after all (nothing selected, say), so the
 * next binding or the browser's own behaviour gets the key.
 */
export type KeyHandler = (event: KeyboardEvent) => boolean | void;
export type KeyHandlers = Partial<Record<KeyAction, KeyHandler>>;

interface Registration {
  scope: KeyScope;
  modal: boolean;
  handlers: { current: KeyHandlers };
}

interface Registry {
  add: (registration: Registration) => () => void;
}

const KeyboardContext = createContext<Registry | null>(null);

export function KeyboardProvider({ children }: { children: ReactNode }) {
  const mounted = useRef<Registration[]>([]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const active = activeRegistrations(mounted.current);
      const target = keyTarget(event.target);
      const scopes = [...new Set(active.map((r) => r.scope))];
      for (const binding of bindingsFor(event, target, scopes)) {
        for (const registration of active) {
          if (registration.scope !== binding.scope) continue;
          const handler = registration.handlers.current[binding.action];
          if (handler && handler(event) !== false) {
            event.preventDefault();
            return;
          }
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const registry = useMemo<Registry>(
    () => ({
      add: (registration) => {
        mounted.current = [...mounted.current, registration];
        return () => {
          mounted.current = mounted.current.filter((r) => r !== registration);
        };
      },
    }),
    [],
  );
  return <KeyboardContext.Provider value={registry}>{children}</KeyboardContext.Provider>;
}

/**
 * Activates `scope` while the calling component is mounted, with its handlers for the table's
 * actions. Handlers may change on every render; the latest ones run.
 */
export function useKeyScope(scope: KeyScope, handlers: KeyHandlers, options: { modal?: boolean } = {}): void {
  const registry = useContext(KeyboardContext);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const modal = options.modal ?? false;
  useEffect(() => registry?.add({ scope, modal, handlers: latest }), [registry, scope, modal]);
}

// State that survives a restart: kept in localStorage under a versioned key, parsed defensively.
import { useEffect, useState } from 'react';

export function usePersistentState<T>(
  key: string,
  initial: T,
  parse: (raw: unknown) => T | null,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = window.localStorage.getItem(key);
      return raw === null ? initial : (parse(JSON.parse(raw)) ?? initial);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the state still works for this run.
    }
  }, [key, value]);
  return [value, setValue];
}

// The renderer's clock, read in one place so "hide past sessions" follows a clock tests can set.
import { useEffect, useState } from 'react';

/** The current time, refreshed every minute. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

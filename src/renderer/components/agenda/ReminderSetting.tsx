// The one reminder setting: off, or how many minutes before a starred session to notify.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { errorMessage } from '../../../shared/errors';

const CHOICES = [5, 10, 15, 30, 60];

export function ReminderSetting() {
  const [minutes, setMinutes] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.getSettings().then(
      (settings) => setMinutes(settings.reminderMinutes),
      (caught: unknown) => setError(errorMessage(caught)),
    );
  }, []);
  if (minutes === undefined) return null;
  const change = (value: string) => {
    const next = value === 'off' ? null : Number(value);
    setMinutes(next);
    api.setSettings({ reminderMinutes: next }).then(
      (saved) => setMinutes(saved.reminderMinutes),
      (caught: unknown) => setError(errorMessage(caught)),
    );
  };
  return (
    <label className="reminder-setting">
      Remind me
      <select value={minutes === null ? 'off' : String(minutes)} onChange={(event) => change(event.target.value)}>
        <option value="off">never (off)</option>
        {[...new Set([...CHOICES, ...(minutes === null ? [] : [minutes])])]
          .sort((a, b) => a - b)
          .map((m) => (
            <option key={m} value={m}>
              {m} minutes before
            </option>
          ))}
      </select>
      {error && <span role="alert">{error}</span>}
    </label>
  );
}

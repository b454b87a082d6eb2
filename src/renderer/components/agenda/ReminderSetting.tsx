// The one reminder setting: off, or how many minutes before a starred session to notify.
import { useEffect } from 'react';
import { useStore } from '../../stores/use-store';
import { useStores } from '../../stores/context';

const CHOICES = [5, 10, 15, 30, 60];

export function ReminderSetting() {
  const { settings: store } = useStores();
  const { settings, error } = useStore(store);
  useEffect(() => {
    void store.load();
  }, [store]);
  if (!settings) return error ? <span role="alert">{error}</span> : null;
  const minutes = settings.reminderMinutes;
  const change = (value: string) => void store.setReminderMinutes(value === 'off' ? null : Number(value));
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

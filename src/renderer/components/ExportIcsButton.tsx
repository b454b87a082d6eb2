// A button that saves sessions as .ics or, with chooseFormat, as frab XML, c3voc JSON or CSV (main asks where) and says what was written.
import { useState } from 'react';
import type { IcsExportScope } from '../../shared/agenda-types';
import { describeLeftOut, describeSkipped, type ExportFormat } from '../../shared/export-types';
import { api } from '../api';
import { plural } from '../agenda-format';
import { errorMessage } from '../../shared/errors';

/** Short names on the button, longer ones (with the apps that read them) in the format menu. */
const FORMATS: { format: ExportFormat; short: string; long: string }[] = [
  { format: 'ics', short: '.ics', long: 'iCalendar .ics (calendars)' },
  { format: 'frab-xml', short: 'schedule.xml', long: 'frab schedule.xml (Giggity, EventFahrplan, ConfClerk)' },
  { format: 'schedule-json', short: 'schedule.json', long: 'c3voc schedule.json (Giggity, EventFahrplan)' },
  { format: 'csv', short: '.csv', long: 'CSV (spreadsheets)' },
];

interface Props {
  scope: IcsExportScope;
  /** The button's text; with chooseFormat, its start ("Export list as"), the chosen format's name follows. */
  label: string;
  disabled?: boolean;
  /** A small button (on a card); its accessible name says what it exports. */
  compact?: boolean;
  title?: string;
  /** Offer every export format in a menu beside the button, not only .ics. */
  chooseFormat?: boolean;
  /** How to include what a whole-event export left out because it is not a session (the panel's checkbox). */
  leftOutHint?: string;
}

export function ExportIcsButton({
  scope,
  label,
  disabled = false,
  compact = false,
  title,
  chooseFormat = false,
  leftOutHint = '',
}: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('ics');
  const onClick = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await api.saveIcs({ scope, format });
      if (saved === null) setMessage({ text: 'Export cancelled.', error: false });
      else {
        const skipped = describeSkipped(saved);
        const left = skipped.length > 0 ? ` ${skipped.join(', ')} left out.` : '';
        const notSessions = describeLeftOut(saved.leftOut);
        const breaks = notSessions ? ` ${notSessions} left out.${leftOutHint ? ` ${leftOutHint}` : ''}` : '';
        setMessage({
          text: `Saved ${plural(saved.eventCount, 'event')} to ${saved.path}.${left}${breaks}`,
          error: false,
        });
      }
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
    }
  };
  const short = FORMATS.find((f) => f.format === format)!.short;
  return (
    <span className="export-ics">
      {chooseFormat && (
        <select
          className="export-format"
          value={format}
          onChange={(event) => setFormat(event.target.value as ExportFormat)}
          aria-label="Export format"
          disabled={busy}
        >
          {FORMATS.map((f) => (
            <option key={f.format} value={f.format}>
              {f.long}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        className={`button${compact ? ' compact' : ''}`}
        onClick={() => void onClick()}
        disabled={disabled || busy}
        title={title}
        aria-label={title}
      >
        {chooseFormat ? `${label} ${short}…` : label}
      </button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={`export-message${message.error ? ' error' : ''}`}>
          {message.text}
        </span>
      )}
    </span>
  );
}

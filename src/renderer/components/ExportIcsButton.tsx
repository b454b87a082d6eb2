// A button that saves sessions as an .ics file (main asks where) and says what was written.
import { useState } from 'react';
import type { IcsExportScope } from '../../shared/agenda-types';
import { api } from '../api';
import { plural } from '../agenda-format';
import { errorMessage } from '../../shared/errors';

interface Props {
  scope: IcsExportScope;
  label: string;
  disabled?: boolean;
  /** A small button (on a card); its accessible name says what it exports. */
  compact?: boolean;
  title?: string;
}

export function ExportIcsButton({ scope, label, disabled = false, compact = false, title }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await api.saveIcs({ scope });
      if (saved === null) setMessage({ text: 'Export cancelled.', error: false });
      else {
        const left =
          saved.skippedNoDay > 0 ? ` ${plural(saved.skippedNoDay, 'session')} with no day yet left out.` : '';
        setMessage({ text: `Saved ${plural(saved.eventCount, 'event')} to ${saved.path}.${left}`, error: false });
      }
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export-ics">
      <button
        type="button"
        className={`button${compact ? ' compact' : ''}`}
        onClick={() => void onClick()}
        disabled={disabled || busy}
        title={title}
        aria-label={title}
      >
        {label}
      </button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={`export-message${message.error ? ' error' : ''}`}>
          {message.text}
        </span>
      )}
    </span>
  );
}

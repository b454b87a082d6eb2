// Restores or merges an agenda from an .ics file: a preview first (matches, unknown events, problems
// with their lines), then the user chooses to use the valid events or change nothing.
import { useRef, useState } from 'react';
import type { IcsImportPreview } from '../../../shared/agenda-types';
import { plural } from '../../agenda-format';
import { useStores } from '../../stores/context';
import { errorMessage } from '../../../shared/errors';

const MAX_BYTES = 20_000_000;

export function ImportIcsPanel() {
  const input = useRef<HTMLInputElement>(null);
  const { agenda } = useStores();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<IcsImportPreview | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const reset = () => {
    setFile(null);
    setPreview(null);
    if (input.current) input.current.value = '';
  };
  const choose = async (chosen: File | undefined) => {
    setMessage(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setMessage({ text: `${chosen.name}: the file is larger than 20 MB`, error: true });
      return;
    }
    const text = await chosen.text();
    try {
      setPreview(await agenda.previewIcs({ text, name: chosen.name }));
      setFile({ name: chosen.name, text });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  };
  const apply = async () => {
    if (!file) return;
    try {
      const applied = await agenda.applyIcs(file);
      setMessage({ text: `${plural(applied, 'session')} starred from ${file.name}.`, error: false });
      reset();
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  };
  const cancel = () => {
    reset();
    setMessage({ text: 'Import cancelled: nothing was changed.', error: false });
  };

  return (
    <section className="import-ics" aria-label="Import an agenda">
      <label className="button">
        Import .ics…
        <input
          ref={input}
          type="file"
          accept=".ics,text/calendar"
          className="visually-hidden"
          aria-label="Import an agenda from an .ics file"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </label>
      {preview && file && (
        <div className="import-preview" role="region" aria-label={`Preview of ${file.name}`}>
          <p>
            {file.name}: {plural(preview.eventCount, 'event')}, {preview.matches.length} found in the catalogue
            {preview.unmatched.length > 0 && `, ${preview.unmatched.length} unknown here`}.
          </p>
          {preview.problems.length > 0 && (
            <ul className="import-problems" aria-label="Problems">
              {preview.problems.map((p, i) => (
                <li key={i}>
                  {p.line !== null ? `Line ${p.line}: ` : ''}
                  {p.message}
                </li>
              ))}
            </ul>
          )}
          {preview.unmatched.length > 0 && (
            <details>
              <summary>Events with no matching session</summary>
              <ul>
                {preview.unmatched.map((u) => (
                  <li key={u.line}>
                    Line {u.line}: {u.title}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="import-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => void apply()}
              disabled={preview.matches.length === 0}
            >
              {preview.problems.length > 0
                ? `Use the ${plural(preview.matches.length, 'valid event')}`
                : `Star ${plural(preview.matches.length, 'session')}`}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {preview.problems.length > 0 ? 'Change nothing' : 'Cancel'}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={`export-message${message.error ? ' error' : ''}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}

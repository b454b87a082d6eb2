// The import preview: format, event, time zone, what would change, every problem; confirm or cancel
// (Esc cancels). A modal dialog: it takes the focus and keeps Tab inside (see Dialog).
import { useState } from 'react';
import type { ImportRequest } from '../../shared/ipc/import-channels';
import { MAPPABLE_FIELDS, type MappableField } from '../../shared/types';
import type { PendingImport } from '../stores/import-store';
import { Dialog } from './Dialog';

const FORMAT_LABELS: Record<string, string> = {
  feed: 'Blog feed (RSS/Atom)',
  ical: 'iCalendar (.ics)',
  sessionize: 'Sessionize JSON',
  'frab-json': 'frab / pretalx schedule.json',
  'frab-xml': 'frab / pretalx schedule.xml',
  pentabarf: 'Pentabarf XML',
  csv: 'CSV',
};

interface Props {
  pending: PendingImport;
  onPreview: (request: ImportRequest) => void;
  onConfirm: (skipBad: boolean) => void;
  onCancel: () => void;
}

export function ImportDialog({ pending, onPreview, onConfirm, onCancel }: Props) {
  const { request, preview, error, busy } = pending;
  const [timeZone, setTimeZone] = useState(request.timeZone ?? '');
  const [event, setEvent] = useState(request.event ?? '');
  const [map, setMap] = useState<Partial<Record<MappableField, string>>>(request.map ?? preview?.columns?.fields ?? {});
  const [skipBad, setSkipBad] = useState(false);
  const problems = preview?.problems ?? [];
  const total = preview
    ? preview.counts.new + preview.counts.changed + preview.counts.removed + preview.counts.unchanged
    : 0;
  const canImport = !!preview && !busy && total > 0 && (problems.length === 0 || skipBad);

  const recheck = () => {
    const next: ImportRequest = { name: request.name, text: request.text };
    if (request.format) next.format = request.format;
    if (timeZone.trim()) next.timeZone = timeZone.trim();
    if (event.trim()) next.event = event.trim();
    const chosen = Object.fromEntries(Object.entries(map).filter(([, header]) => header));
    if (preview?.columns && Object.keys(chosen).length > 0) next.map = chosen;
    onPreview(next);
  };

  return (
    <Dialog labelledBy="import-title" onClose={onCancel}>
      <h2 id="import-title">Import {request.name}</h2>
      {busy && !preview && <p role="status">Reading the file…</p>}
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <>
          <dl className="import-facts">
            <dt>Format</dt>
            <dd data-testid="import-format">{FORMAT_LABELS[preview.format] ?? preview.format}</dd>
            <dt>Event</dt>
            <dd>{preview.event ?? 'not named in the file'}</dd>
            <dt>Time zone</dt>
            <dd>{preview.timeZone ?? 'not stated in the file'}</dd>
          </dl>
          <ul className="import-counts" aria-label="What the import changes">
            <li>
              <strong>{preview.counts.new}</strong> new
            </li>
            <li>
              <strong>{preview.counts.changed}</strong> changed
            </li>
            <li>
              <strong>{preview.counts.removed}</strong> removed
            </li>
            <li>
              <strong>{preview.counts.unchanged}</strong> unchanged
            </li>
            <li>
              <strong>{preview.counts.skipped}</strong> skipped
            </li>
          </ul>
          {problems.length > 0 && (
            <div className="import-problems">
              <h3>
                {problems.length} problem{problems.length === 1 ? '' : 's'}
              </h3>
              <ul>
                {problems.slice(0, 200).map((p, i) => (
                  <li key={i}>
                    <code>{p.where}</code> {p.message}
                  </li>
                ))}
                {problems.length > 200 && <li>…and {problems.length - 200} more</li>}
              </ul>
              {total > 0 && (
                <label>
                  <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} /> Skip the
                  bad rows and import the rest
                </label>
              )}
            </div>
          )}
        </>
      )}
      {preview && preview.format !== 'feed' && (
        <details className="import-settings" open={problems.length > 0}>
          <summary>Settings</summary>
          <label>
            Time zone (IANA, e.g. Europe/Amsterdam)
            <input
              value={timeZone}
              onChange={(e) => setTimeZone(e.target.value)}
              placeholder={preview.timeZone ?? ''}
            />
          </label>
          <label>
            Event name
            <input value={event} onChange={(e) => setEvent(e.target.value)} placeholder={preview.event ?? ''} />
          </label>
          {preview.columns && (
            <fieldset>
              <legend>CSV columns</legend>
              {MAPPABLE_FIELDS.map((field) => (
                <label key={field}>
                  {field}
                  <select value={map[field] ?? ''} onChange={(e) => setMap({ ...map, [field]: e.target.value })}>
                    <option value="">—</option>
                    {preview.columns!.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          <button type="button" onClick={recheck} disabled={busy}>
            Check again
          </button>
        </details>
      )}
      <footer className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!canImport} onClick={() => onConfirm(skipBad)}>
          Import
        </button>
      </footer>
    </Dialog>
  );
}

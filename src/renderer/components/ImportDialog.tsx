// The import preview: format, event, time zone, what would change, every problem; confirm or cancel
// (Esc cancels). A modal dialog: it takes the focus and keeps Tab inside (see Dialog).
import { useState } from 'react';
import type { ImportRequest } from '../../shared/ipc/import-channels';
import { eventOriginPhrase } from '../../shared/summary-text';
import { MAPPABLE_FIELDS, type MappableField } from '../../shared/types';
import type { PendingImport } from '../stores/import-store';
import { Dialog } from './Dialog';
import { StarredEffects } from './StarredEffects';

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
  /** `allowRemovals`: the user confirmed a second time an import that takes sessions away. */
  onConfirm: (skipBad: boolean, allowRemovals: boolean) => void;
  onCancel: () => void;
}

export function ImportDialog({ pending, onPreview, onConfirm, onCancel }: Props) {
  const { request, preview, error, busy } = pending;
  const [timeZone, setTimeZone] = useState(request.timeZone ?? '');
  const [event, setEvent] = useState(request.event ?? '');
  const [map, setMap] = useState<Partial<Record<MappableField, string>>>(request.map ?? preview?.columns?.fields ?? {});
  const [skipBad, setSkipBad] = useState(false);
  // The second step an import that takes sessions from the plan must pass.
  const [confirming, setConfirming] = useState(false);
  const reasons = preview?.removals.reasons ?? [];
  const removed = preview?.removals.removed ?? [];
  const problems = preview?.problems ?? [];
  const warnings = preview?.warnings ?? [];
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
      {preview && <StarredEffects starred={preview.starred} />}
      {preview && confirming && (
        <div className="banner warning removal-confirm" role="alert" aria-labelledby="removal-confirm-heading">
          <h3 id="removal-confirm-heading">This import takes sessions away</h3>
          <ul>
            {reasons.map((r, i) => (
              <li key={i}>{r.charAt(0).toUpperCase() + r.slice(1)}.</li>
            ))}
          </ul>
          {removed.length > 0 && (
            <details>
              <summary>
                The {removed.length} session{removed.length === 1 ? '' : 's'} it removes
              </summary>
              <ul aria-label="Sessions the import removes">
                {removed.slice(0, 200).map((r) => (
                  <li key={r.sessionKey}>
                    {r.starred ? '★ ' : ''}
                    {r.title}
                    {r.change === 'cancelled' ? ' (cancelled)' : ''}
                  </li>
                ))}
                {removed.length > 200 && <li>…and {removed.length - 200} more</li>}
              </ul>
            </details>
          )}
          <p>Stars and notes stay on removed sessions, and the import can be undone from the Changes view.</p>
        </div>
      )}
      {preview && (
        <>
          <dl className="import-facts">
            <dt>Format</dt>
            <dd data-testid="import-format">{FORMAT_LABELS[preview.format] ?? preview.format}</dd>
            <dt>Event</dt>
            <dd>
              {preview.event ?? 'not named in the file'}
              {preview.event && eventOriginPhrase(preview.eventFrom) && (
                <span className="event-origin" data-testid="event-origin">
                  {' '}
                  ({eventOriginPhrase(preview.eventFrom)})
                </span>
              )}
            </dd>
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
              <p>Each is named by file, line and field; skipping the bad rows imports the rest and leaves these out.</p>
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
          {warnings.length > 0 && (
            <div className="import-warnings" role="note">
              <h3>
                {warnings.length} time{warnings.length === 1 ? '' : 's'} inside a daylight-saving change
              </h3>
              <ul>
                {warnings.slice(0, 50).map((w, i) => (
                  <li key={i}>
                    <code>{w.where}</code> {w.message}
                  </li>
                ))}
                {warnings.length > 50 && <li>…and {warnings.length - 50} more</li>}
              </ul>
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
        {confirming ? (
          <>
            <button type="button" onClick={() => setConfirming(false)}>
              Back
            </button>
            <button
              type="button"
              className="primary danger"
              disabled={!canImport}
              onClick={() => onConfirm(skipBad, true)}
            >
              Import and remove {removed.length} session{removed.length === 1 ? '' : 's'}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={!canImport}
              onClick={() => (reasons.length > 0 ? setConfirming(true) : onConfirm(skipBad, false))}
            >
              {reasons.length > 0 ? 'Import…' : 'Import'}
            </button>
          </>
        )}
      </footer>
    </Dialog>
  );
}

// The `?` overlay: every shortcut in the binding table, grouped by where it works.
import { Dialog } from '../components/Dialog';
import { helpSections } from './bindings';

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Dialog labelledBy="shortcuts-title" onClose={onClose} className="shortcuts">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {helpSections().map((section, i) => (
        <section key={section.title} aria-labelledby={`keys-${i}`}>
          <h3 id={`keys-${i}`}>{section.title}</h3>
          <dl className="shortcut-list">
            {section.rows.map((row) => (
              <div key={row.label} className="shortcut">
                <dt>
                  {row.keys.map((caps, i) => (
                    <span key={caps.join('+')}>
                      {i > 0 && <span className="shortcut-or"> or </span>}
                      {caps.map((cap, j) => (
                        <span key={cap}>
                          {j > 0 && '+'}
                          <kbd>{cap}</kbd>
                        </span>
                      ))}
                    </span>
                  ))}
                </dt>
                <dd>{row.label}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <footer className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </footer>
    </Dialog>
  );
}

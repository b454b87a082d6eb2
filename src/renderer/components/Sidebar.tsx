// The app's navigation column.
import type { ReactNode } from 'react';
import { navEntries } from '../navigation';
import { routeHref, type Route } from '../routes';

interface Props {
  route: Route;
  counts: Partial<Record<string, number>>;
  /** A badge that asks for attention (starred sessions an import changed), with what it counts. */
  alerts?: Partial<Record<string, string>>;
  footer: string;
  /** The event switcher, under the brand. */
  switcher?: ReactNode;
  /** Extra controls under the navigation (the import button). */
  children?: ReactNode;
}

export function Sidebar({ route, counts, alerts = {}, footer, switcher, children }: Props) {
  return (
    <aside className="sidebar" aria-label="Navigation">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◆
        </span>{' '}
        kubeplan
      </div>
      {switcher}
      <nav>
        {navEntries.map((entry) => {
          const active = entry.matches(route);
          const count = counts[entry.label];
          const alert = alerts[entry.label];
          return (
            <a
              key={entry.label}
              className={`nav-item${active ? ' active' : ''}`}
              aria-current={active ? 'page' : undefined}
              href={routeHref(entry.route)}
            >
              {entry.label} {count !== undefined && <span className="badge">{count}</span>}
              {alert && (
                <span className="badge alert" title={alert}>
                  {alert.split(' ')[0]}
                  <span className="visually-hidden"> {alert.split(' ').slice(1).join(' ')}</span>
                </span>
              )}
            </a>
          );
        })}
      </nav>
      {children}
      <p className="sidebar-note">{footer}</p>
    </aside>
  );
}

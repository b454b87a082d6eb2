// The app's navigation column.
import type { ReactNode } from 'react';
import { navEntries } from '../navigation';
import { routeHref, type Route } from '../routes';

interface Props {
  route: Route;
  counts: Partial<Record<string, number>>;
  footer: string;
  /** Extra controls under the navigation (the import button). */
  children?: ReactNode;
}

export function Sidebar({ route, counts, footer, children }: Props) {
  return (
    <aside className="sidebar" aria-label="Navigation">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◆
        </span>{' '}
        kubeplan
      </div>
      <nav>
        {navEntries.map((entry) => {
          const active = entry.matches(route);
          const count = counts[entry.label];
          return (
            <a
              key={entry.label}
              className={`nav-item${active ? ' active' : ''}`}
              aria-current={active ? 'page' : undefined}
              href={routeHref(entry.route)}
            >
              {entry.label} {count !== undefined && <span className="badge">{count}</span>}
            </a>
          );
        })}
      </nav>
      {children}
      <p className="sidebar-note">{footer}</p>
    </aside>
  );
}

// The app's screens as URL hashes (#/catalogue, #/session/KEY…), so Back, Esc and restarts behave.
import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'catalogue' }
  | { screen: 'timetable' }
  | { screen: 'agenda' }
  | { screen: 'changes' }
  | { screen: 'session'; sessionKey: string }
  | { screen: 'speaker'; name: string }
  | { screen: 'sources' }
  | { screen: 'plan' }
  | { screen: 'team' };

export function parseRoute(hash: string): Route {
  const [screen, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const arg = rest.length > 0 ? decodeURIComponent(rest.join('/')) : '';
  switch (screen) {
    case 'timetable':
      return { screen: 'timetable' };
    case 'agenda':
      return { screen: 'agenda' };
    case 'session':
      if (arg) return { screen: 'session', sessionKey: arg };
      break;
    case 'speaker':
      if (arg) return { screen: 'speaker', name: arg };
      break;
    case 'changes':
      return { screen: 'changes' };
    // The Feeds screen became the Sources screen: an old #/feeds (a restart, a bookmark) lands there.
    case 'feeds':
    case 'sources':
      return { screen: 'sources' };
    case 'plan':
      return { screen: 'plan' };
    case 'team':
      return { screen: 'team' };
  }
  return { screen: 'catalogue' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'session':
      return `#/session/${encodeURIComponent(route.sessionKey)}`;
    case 'speaker':
      return `#/speaker/${encodeURIComponent(route.name)}`;
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

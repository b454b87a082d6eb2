// Who of the team goes to a session (their calendars' overlay, never the user's own stars).
import { useTeamAt } from '../hooks/usePlanning';

export function TeamGoing({ sessionKey }: { sessionKey: string }) {
  const members = useTeamAt(sessionKey);
  if (members.length === 0) return null;
  return (
    <p className="team-going">
      Team: {members.map((m) => (m.status === 'maybe' ? `${m.name} (maybe)` : m.name)).join(', ')}
    </p>
  );
}

// Start-up problems (a corrupt database or bundled feed) shown in the window, not hidden in a log,
// with the way out: start again from the newest automatic backup.
import { useState } from 'react';
import type { ErrorInfo } from '../../shared/errors';
import { errorMessage } from '../../shared/errors';
import type { AppStatus } from '../../shared/ipc/app-channels';
import { useStores } from '../stores/context';

interface Props {
  problems: ErrorInfo[];
  status: AppStatus | null;
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function ProblemBanner({ problems, status }: Props) {
  const { catalogue, agenda } = useStores();
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  if (problems.length === 0) return null;
  const backup = status && !status.databaseAvailable ? status.backups[0] : undefined;

  const restore = async () => {
    if (!backup) return;
    setRestoring(true);
    try {
      await catalogue.restoreBackup(backup.file);
      await agenda.forgetLocal();
      setRestoreError(null);
    } catch (error) {
      setRestoreError(errorMessage(error));
    } finally {
      setRestoring(false);
    }
  };

  return (
    <div className="banner error" role="alert">
      <strong>kubeplan could not load everything:</strong>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem.message}</li>
        ))}
      </ul>
      {backup && (
        <p className="banner-actions">
          The file was left as it is. You can start from the automatic backup taken {when(backup.createdAt)} (
          {backup.reason.replace(/-/g, ' ')}); the current file is kept beside it.{' '}
          <button type="button" onClick={() => void restore()} disabled={restoring}>
            Start from this backup
          </button>
        </p>
      )}
      {status && !status.databaseAvailable && !backup && (
        <p className="banner-actions">The file was left as it is. No automatic backup exists yet.</p>
      )}
      {restoreError && <p>Restoring failed: {restoreError}</p>}
    </div>
  );
}

// Start-up problems (a corrupt database or bundled feed) shown in the window, not hidden in a log.
import type { ErrorInfo } from '../../shared/errors';

export function ProblemBanner({ problems }: { problems: ErrorInfo[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="banner error" role="alert">
      <strong>kubeplan could not load everything:</strong>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}

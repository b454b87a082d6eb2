// "Watch recording": a session's video, opened in the browser through main (never inside the app).
import type { Recording } from '../../shared/planning-types';
import { api } from '../api';

export function WatchRecording({
  recording,
  className,
  tabIndex,
}: {
  recording: Recording;
  className?: string;
  tabIndex?: number;
}) {
  return (
    <a
      className={className}
      href={recording.url}
      tabIndex={tabIndex}
      title={recording.title}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        void api.openExternal({ url: recording.url });
      }}
    >
      Watch recording
    </a>
  );
}

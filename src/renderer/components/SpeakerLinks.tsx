// Speakers with their affiliations, each a link to the speaker's page.
import type { SpeakerRef } from '../../shared/types';
import { routeHref } from '../routes';
import { Highlight } from './Highlight';

export function SpeakerLinks({
  speakers,
  terms = [],
  tabIndex,
}: {
  speakers: SpeakerRef[];
  terms?: string[];
  /** -1 in a list row that is not the list's tab stop (see SessionRow). */
  tabIndex?: number | undefined;
}) {
  return (
    <>
      {speakers.map((speaker, i) => (
        <span key={`${speaker.name}-${i}`} className="speaker">
          <a href={routeHref({ screen: 'speaker', name: speaker.name })} className="speaker-link" tabIndex={tabIndex}>
            <Highlight text={speaker.name} terms={terms} />
          </a>
          {speaker.affiliation && (
            <span className="affiliation">
              {', '}
              <Highlight text={speaker.affiliation} terms={terms} />
            </span>
          )}
        </span>
      ))}
    </>
  );
}

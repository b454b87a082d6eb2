// A speaker's page: their affiliation(s), co-speakers and all their sessions.
import { foldTerm } from '../../core/search/fold';
import type { SessionView } from '../../shared/types';
import { SessionRow } from '../components/SessionRow';
import { SpeakerLinks } from '../components/SpeakerLinks';
import { useBackKey } from '../keyboard/useBackKey';
import { ScreenHeading } from '../components/ScreenHeading';

interface Props {
  name: string;
  sessions: SessionView[];
}

export function SpeakerScreen({ name, sessions }: Props) {
  useBackKey();
  const key = foldTerm(name);
  const theirs = sessions.filter((s) => s.speakers.some((p) => foldTerm(p.name) === key));
  const affiliations = [
    ...new Set(
      theirs.flatMap((s) =>
        s.speakers.filter((p) => foldTerm(p.name) === key).flatMap((p) => (p.affiliation ? [p.affiliation] : [])),
      ),
    ),
  ];
  const coSpeakers = new Map<string, { name: string; affiliation: string | null }>();
  for (const s of theirs) for (const p of s.speakers) if (foldTerm(p.name) !== key) coSpeakers.set(foldTerm(p.name), p);
  return (
    <article className="page speaker-page" aria-labelledby="speaker-name">
      <p className="breadcrumbs">
        <a href="#/catalogue">Catalogue</a> <span aria-hidden="true">›</span> Speaker
      </p>
      <header className="page-head">
        <ScreenHeading id="speaker-name">{name}</ScreenHeading>
      </header>
      <p className="speaker-affiliation">
        {affiliations.length > 0 ? affiliations.join(' · ') : 'Affiliation not given'}
      </p>
      <section aria-labelledby="speaker-sessions">
        <h2 id="speaker-sessions">
          {theirs.length === 0
            ? 'No sessions in the catalogue'
            : theirs.length === 1
              ? '1 session'
              : `${theirs.length} sessions`}
        </h2>
        <div className="plain-list">
          {theirs.map((session) => (
            <SessionRow key={session.sessionKey} hit={{ session, terms: [] }} showDay showLocalTime={false} />
          ))}
        </div>
      </section>
      {coSpeakers.size > 0 && (
        <section aria-labelledby="co-speakers">
          <h2 id="co-speakers">Speaking with</h2>
          <p className="session-speakers">
            <SpeakerLinks speakers={[...coSpeakers.values()]} />
          </p>
        </section>
      )}
    </article>
  );
}

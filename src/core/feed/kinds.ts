// Tells talks, lightning talks, panels, keynotes, workshops and booth talks apart, from title
// prefixes ("Panel:", "⚡ Lightning Talk:"), sched slugs ("cl-lightning-talk-…") and surrounding words.
import type { SessionKind } from '../../shared/types';

const PREFIX =
  /^[\W_]*((?:project )?lightning talks?|lighn?ing talks?|keynote(?: session)?|sponsored keynote|panel(?: discussion)?|(?:hands-on )?workshop|tutorial|contribfest|booth talk|fireside chat|poster session(?: \([^)]*\))?)\b\s*[:\-–—|]\s*/i;

const WORDS: [RegExp, SessionKind][] = [
  [/\blighn?t?n?ing\s+talks?\b|⚡/i, 'lightning'],
  [/\bpanel(?:s|ists?| discussions?)?\b/i, 'panel'],
  [/\bkeynotes?\b/i, 'keynote'],
  [/\b(?:workshops?|tutorials?|hands-on lab|contrib-?fest)\b/i, 'workshop'],
  [
    /\b(?:poster sessions?|project meetings?|meet-?ups?|office hours|birds of a feather|bof|meet(?:-and-|\s+and\s+|\s*&\s*)greets?)\b/i,
    'other',
  ],
  [/\b(?:booth|kiosk|on-booth)\b/i, 'booth'],
];

function kindOfWord(word: string): SessionKind {
  const w = word.toLowerCase();
  if (w.includes('lig')) return 'lightning';
  if (w.includes('keynote')) return 'keynote';
  if (w.startsWith('panel') || w.startsWith('fireside')) return 'panel';
  if (w.startsWith('workshop') || w.startsWith('hands-on') || w.startsWith('tutorial') || w.startsWith('contribfest'))
    return 'workshop';
  if (w.startsWith('poster')) return 'other';
  if (w.startsWith('booth')) return 'booth';
  return 'talk';
}

/** The kind a title's prefix states, and the title without it (for cells like `Lightning Talk - "X"`). */
export function kindPrefix(title: string): { kind: SessionKind; rest: string } | null {
  const match = PREFIX.exec(title);
  if (!match) return null;
  return { kind: kindOfWord(match[1]!), rest: title.slice(match[0].length) };
}

export function kindFromTitle(title: string): SessionKind | null {
  const prefix = kindPrefix(title);
  if (prefix) return prefix.kind;
  if (/\bpanel(?: discussion)?\s*$/i.test(title)) return 'panel';
  if (/[|:\-–—]\s*(?:project\s+)?lightning talk\s*$/i.test(title) || /^\s*⚡/.test(title)) return 'lightning';
  if (/\b(?:contrib-?fest|hands-on workshop)\b|^[^:]{1,60}\bworkshop\s*:/i.test(title)) return 'workshop';
  // "Tutorial: …", "… Hands-On Tutorial": a tutorial named at the start or as the last word.
  if (/^[^:]{0,40}\btutorial\b|\btutorial\s*$/i.test(title)) return 'workshop';
  if (
    /\bposter session\b|\b(?:project |chairs? )?meeting$|\bmeet-?up\b|\bcelebration\b|\bmeet\s*(?:\+|&|and)\s*greet\b|\boffice hours?\b|\bbirds of a feather\b|\(bof\)/i.test(
      title,
    )
  )
    return 'other';
  return null;
}

export function kindFromSlug(slug: string | null): SessionKind | null {
  if (!slug) return null;
  const match = /^(?:cl-|co-)?(lightning-talk|keynote|sponsored-keynote|panel|tutorial|workshop)-/.exec(
    slug.toLowerCase(),
  );
  return match ? kindOfWord(match[1]!) : null;
}

/** The one kind a heading or sentence speaks of ("Lightning Talks", "a panel discussion"); null if none or several. */
/** The kind a sentence gives the link it ends on: "will give a hands-on workshop on", "for an AMA panel on". */
export function kindFromSentence(text: string): SessionKind | null {
  const m = /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(lightning talk|panel|workshop|tutorial|keynote)\b[^.!?]{0,30}$/i.exec(
    text,
  );
  return m ? kindOfWord(m[1]!) : null;
}

export function kindFromWords(text: string): SessionKind | null {
  const found = WORDS.filter(([pattern]) => pattern.test(text)).map(([, kind]) => kind);
  // Plain "talks" next to another kind ("Talks and Panel Discussions") makes the heading mixed.
  if (/\btalks?\b/i.test(text.replace(/\b(?:lighn?t?n?ing|booth|on-booth)\s+talks?\b/gi, ''))) found.push('talk');
  return found.length === 1 ? found[0]! : null;
}

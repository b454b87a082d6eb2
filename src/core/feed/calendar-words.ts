// Dates written the way non-English posts write them: full month and weekday names in the European
// languages KubeCon posts appear in (from the platform's Intl data, not hand-typed lists), and the
// numeric Japanese, Chinese and Korean forms (2025年6月16日, 6월 16일, 火曜日, 星期二, 周二).

/** Languages whose full month and weekday names are recognized; English is read by when.ts itself. */
const LOCALES = ['de', 'fr', 'es', 'it', 'pt', 'nl'];

function namesOf(kind: 'month' | 'weekday'): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of LOCALES) {
    const format = new Intl.DateTimeFormat(locale, { [kind]: 'long', timeZone: 'UTC' });
    for (let i = 0; i < (kind === 'month' ? 12 : 7); i += 1) {
      // 2024-01-07 was a Sunday: weekday i is that day plus i; month i is its first day.
      const day = kind === 'month' ? Date.UTC(2024, i, 1) : Date.UTC(2024, 0, 7 + i);
      names.set(format.format(day).toLowerCase(), kind === 'month' ? i + 1 : i);
    }
  }
  return names;
}

const MONTHS = namesOf('month');
const WEEKDAYS = namesOf('weekday');

const alternatives = (names: Map<string, number>) =>
  [...names.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

// "20. März 2024", "20 mars 2024", "20 de marzo de 2024", "1º de junho": a day, then the month's name.
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º|°)?\\s*(?:de\\s+)?(${alternatives(MONTHS)})(?![\\p{L}])(?:,?\\s*(?:de\\s+)?(20\\d\\d)(?!\\d))?`,
  'iu',
);
const WEEKDAY = new RegExp(`(?<![\\p{L}])(${alternatives(WEEKDAYS)})(?![\\p{L}])`, 'iu');

const CJK_DATE = /(?:(20\d\d)\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
const CJK_WEEKDAY_CHARS = '日月火水木金土';
const CHINESE_WEEKDAY_CHARS = '日一二三四五六';
// 火曜日, 星期二, 周二, and the "(火)" Japanese dates carry: 6月17日(火).
const CJK_WEEKDAY = /([日月火水木金土])曜|[(（]([日月火水木金土])[)）]|(?:星期|周|週)([日天一二三四五六])/u;

export interface ForeignDay {
  year: number | null;
  month: number;
  day: number;
}

/** The first day a non-English text names, as numbers; the caller checks it is a real date. */
export function readForeignDay(text: string): ForeignDay | null {
  const cjk = CJK_DATE.exec(text);
  if (cjk) return { year: cjk[1] ? +cjk[1] : null, month: +cjk[2]!, day: +cjk[3]! };
  const named = DAY_MONTH.exec(text);
  if (named) return { year: named[3] ? +named[3] : null, month: MONTHS.get(named[2]!.toLowerCase())!, day: +named[1]! };
  return null;
}

/** The weekday (0 = Sunday) a non-English text names, if any. */
export function readForeignWeekday(text: string): number | null {
  const cjk = CJK_WEEKDAY.exec(text);
  if (cjk) {
    const japanese = cjk[1] ?? cjk[2];
    return japanese
      ? CJK_WEEKDAY_CHARS.indexOf(japanese)
      : CHINESE_WEEKDAY_CHARS.indexOf(cjk[3] === '天' ? '日' : cjk[3]!);
  }
  const named = WEEKDAY.exec(text);
  return named ? WEEKDAYS.get(named[1]!.toLowerCase())! : null;
}

// Job titles in Sched speaker lists ("Maintainer", "Kubernetes Specialist", "Head of Open Source"):
// roles are neither speakers nor companies.

/** The last word of a role: what a person is, never what a company is called. */
const ROLE_NOUN = new Set(
  [
    'maintainer',
    'engineer',
    'manager',
    'director',
    'officer',
    'ceo',
    'cto',
    'cio',
    'ciso',
    'cso',
    'cfo',
    'coo',
    'cpo',
    'founder',
    'co-founder',
    'cofounder',
    'specialist',
    'evangelist',
    'architect',
    'contributor',
    'committer',
    'reviewer',
    'lead',
    'scientist',
    'owner',
    'developer',
    'advocate',
    'strategist',
    'technologist',
    'fellow',
    'consultant',
    'researcher',
    'president',
    'chair',
    'co-chair',
    'professor',
    'lecturer',
    'student',
    'intern',
    'analyst',
    'vp',
    'svp',
    'evp',
    'designer',
    'programmer',
    'sre',
    'administrator',
    'leader',
    'liaison',
    'coordinator',
    'ambassador',
    'emeritus',
    'relations',
  ].flatMap((word) => [word, `${word}s`]),
);

const ROLE_START = /^(?:head of|vp|svp|evp|vice president|director of|chief)\b/i;

/** "Maintainer", "Lead Maintainer", "Senior Staff Engineer - Kubernetes Specialist", "Head of Open Source". */
export function isRole(field: string): boolean {
  const text = field.trim();
  if (ROLE_START.test(text)) return true;
  const last = text.split(/[\s/]+/).pop() ?? '';
  return ROLE_NOUN.has(last.toLowerCase().replace(/[.,]$/, ''));
}

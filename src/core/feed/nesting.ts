// Guards the HTML reader against posts nested far deeper than any real page: htmlparser2 keeps its
// open-element stack with unshift, so 200,000 levels cost minutes. Measured in one linear pass;
// wrapper elements that carry no structure are dropped when too deep, else the post is refused.
import { KubeplanError } from '../../shared/errors';

/** Deeper than any real post (a few dozen levels); past it the wrappers go. */
export const MAX_NESTING = 1000;

const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;
// Void elements never nest; these are closed implicitly by HTML, so sloppy posts leave them open.
const NOT_NESTING = new Set([
  'br',
  'img',
  'hr',
  'input',
  'meta',
  'link',
  'wbr',
  'source',
  'col',
  'area',
  'base',
  'embed',
  'param',
  'track',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
]);
const WRAPPERS = /<\/?(?:div|span|section|article|font|center|main|aside|header|footer)\b[^>]*>/gi;

/** The deepest nesting of elements in an HTML text, counted without parsing it. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if ((depth += 1) > deepest) deepest = depth;
  }
  return deepest;
}

/** The post's HTML, with wrapper elements dropped if it nests deeper than MAX_NESTING; refused if still too deep. */
export function boundedNesting(html: string): string {
  if (html.length < MAX_NESTING * 4 || nestingDepth(html) <= MAX_NESTING) return html;
  const flat = html.replace(WRAPPERS, ' ');
  const depth = nestingDepth(flat);
  if (depth > MAX_NESTING)
    throw new KubeplanError(
      'parse-error',
      `the post nests its HTML ${depth} elements deep (more than ${MAX_NESTING}); it was not read`,
    );
  return flat;
}

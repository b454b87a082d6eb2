// Recordings embedded after a session's block: the video's title names a session whose link text does
// not, and names the speakers of the session it matches.
import type { Element } from 'domhandler';
import type { SpeakerRef } from '../../shared/types';
import { siblingsAfter } from './block-text';
import { findAll } from './dom-text';
import type { PostContext } from './post-context';
import { compact, slugAfterTitle } from './slug-text';
import { splitLinkText } from './speaker-phrase';

/** The title of a video embedded right after the block ("KubeCon 2023 NA – Title - Speaker"). */
export function videoTitleNear(block: Element, ctx: PostContext): string | null {
  for (const sibling of siblingsAfter(block, ctx)) {
    const frame = sibling.name === 'iframe' ? sibling : findAll(sibling, (e) => e.name === 'iframe')[0];
    const title = frame?.attribs['title']?.trim();
    if (title) return title.replace(/^(?:kube\s*con|cloud\s*native\s*con)\b[^–—-]{0,40}\s[–—-]\s+/i, '');
  }
  return null;
}

/** Letters and digits a video's title needs before a slug that spells it identifies the session. */
const MIN_VIDEO_TITLE = 15;

/** Speakers a video embedded after the block names for the same title ("Title - Vadim Bauer"). */
export function speakersInVideoTitle(
  block: Element,
  ctx: PostContext,
  title: string,
  slug: string | null,
): SpeakerRef[] | null {
  const video = videoTitleNear(block, ctx);
  if (!video) return null;
  const split = splitLinkText(video, slug);
  // The post may shorten or reword the title ("Proxying" for Sched's "Proxy"): a slug that spells the
  // video's title shows it is the same session, unless that title is short and generic ("Lightning
  // Talk", "Keynote") and so is spelled by many slugs.
  const videoTitle = compact(split.title);
  const same =
    videoTitle.includes(compact(title).slice(0, 20)) ||
    (slug !== null && videoTitle.length >= MIN_VIDEO_TITLE && slugAfterTitle(slug, split.title) !== null);
  return split.speakers && same ? split.speakers : null;
}

// The UID a session carries in every export: derived from its stable key, so calendars update, not duplicate.

const PREFIX = 'kubeplan-';
const SUFFIX = '@kubeplan';

export function sessionUid(key: string): string {
  return `${PREFIX}${encodeURIComponent(key)}${SUFFIX}`;
}

/** The session key inside one of our UIDs, or null for a UID some other program made. */
export function keyFromUid(uid: string): string | null {
  if (!uid.startsWith(PREFIX) || !uid.endsWith(SUFFIX)) return null;
  try {
    return decodeURIComponent(uid.slice(PREFIX.length, uid.length - SUFFIX.length)) || null;
  } catch {
    return null;
  }
}

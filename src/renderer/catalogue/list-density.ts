// How tightly the catalogue list draws its sessions, remembered across restarts: comfortable cards
// (about 5 on a 1280×860 window) or compact rows (time, title, speakers and room on two lines, 15+).

export type ListDensity = 'comfortable' | 'compact';

export const LIST_DENSITY_KEY = 'kubeplan.list-density.v1';

export const LIST_DENSITIES: readonly { value: ListDensity; label: string }[] = [
  { value: 'comfortable', label: 'Comfortable' },
  { value: 'compact', label: 'Compact' },
];

/** A stored density, or null when it is missing or not one we know. */
export function parseListDensity(raw: unknown): ListDensity | null {
  return raw === 'comfortable' || raw === 'compact' ? raw : null;
}

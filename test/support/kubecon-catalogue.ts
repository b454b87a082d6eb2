// The KubeCon EU 2026 export as the catalogue a user sees (breaks and logistics left out), for planning tests.
import { kubeconEu2026Sessions } from '../fixtures/catalogue/catalogue-batches';
import type { SessionView } from '../../src/shared/types';

export function kubeconEu2026Catalogue(): SessionView[] {
  return kubeconEu2026Sessions()
    .filter((s) => s.kind !== 'break' && s.kind !== 'other')
    .map((s) => ({ ...s, status: 'active', agenda: null, note: null, changes: [] }));
}

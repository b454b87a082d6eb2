// The prelude of every spec that runs over the real KubeCon EU 2026 catalogue (with the bundled
// feed's 2024 sessions): seed it before the page loads, and skip the Electron project, where the
// seeding through the in-process backend does not reach the app.
import { catalogueBatches } from '../../fixtures/catalogue/catalogue-batches';
import { test } from '../fixtures';

/** Call once at the top of a spec file. */
export function useSeededCatalogue(): void {
  test.use({ seedBatches: { batches: catalogueBatches() } });
  // eslint-disable-next-line no-empty-pattern
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'the seeded catalogue is stored through the in-process backend');
  });
}

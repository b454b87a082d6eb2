// The renderer's stores, one per domain, made once for the window (see context.tsx for how they are
// handed down), and the wiring between them: an import reloads the catalogue, the stars and the Changes view.
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import { AgendaStore } from './agenda-store';
import { CatalogueStore, type ChoiceStorage } from './catalogue-store';
import { ChangesStore } from './changes-store';
import { ImportStore } from './import-store';
import { PlanningStore } from './planning-store';
import { SearchIndexStore, type BuildIndex } from './search-index-store';
import { SettingsStore } from './settings-store';
import { SourcesStore } from './sources-store';
import { TimetableStore } from './timetable-store';

export interface Stores {
  catalogue: CatalogueStore;
  agenda: AgendaStore;
  sources: SourcesStore;
  settings: SettingsStore;
  imports: ImportStore;
  changes: ChangesStore;
  planning: PlanningStore;
  searchIndex: SearchIndexStore;
  timetable: TimetableStore;
}

export function createStores(
  api: KubeplanBridge,
  buildIndex: BuildIndex,
  /** Where choices that outlive a run are kept (the event in focus, the changes seen): localStorage. */
  storage: ChoiceStorage | null = null,
): Stores {
  const catalogue = new CatalogueStore(api, storage);
  const reloadCatalogue = () => catalogue.load();
  const agenda = new AgendaStore(api, reloadCatalogue);
  // Pinning stars an unstarred session going: the catalogue and the agenda read it back.
  const planning = new PlanningStore(api, async () => {
    await Promise.all([catalogue.load(), agenda.forgetLocal()]);
  });
  // An undone import put a backup in place of the database: everything read from it is read again.
  const changes = new ChangesStore(
    api,
    async () => {
      await Promise.all([catalogue.load(), agenda.forgetLocal(), planning.load()]);
    },
    storage,
  );
  const imports = new ImportStore(api, async () => {
    await Promise.all([catalogue.load(), agenda.forgetLocal(), changes.load(), planning.load()]);
  });
  return {
    catalogue,
    agenda,
    // A refresh or a removal changes the catalogue and what the Changes view shows; undoing a removal
    // puts a backup in place of the database, so the stars are read again too.
    sources: new SourcesStore(api, async () => {
      await Promise.all([catalogue.load(), agenda.forgetLocal(), changes.load()]);
    }),
    settings: new SettingsStore(api),
    imports,
    changes,
    planning,
    searchIndex: new SearchIndexStore(buildIndex),
    timetable: new TimetableStore(),
  };
}

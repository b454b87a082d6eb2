// Renderer entry: the window's stores, the keyboard, and the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import { KeyboardProvider } from './keyboard/KeyboardProvider';
import { buildIndexOffThread } from './search/build-index';
import { StoresProvider } from './stores/context';
import { createStores } from './stores/stores';
import './styles.css';

/** localStorage, or none where the page may not use it (the choices then last one run). */
function choiceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const stores = createStores(api, buildIndexOffThread, choiceStorage());
void stores.catalogue.load();
// The sidebar's badge and the agenda cards show what imports changed from the start.
void stores.changes.load();
void stores.planning.load();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoresProvider stores={stores}>
      <KeyboardProvider>
        <App />
      </KeyboardProvider>
    </StoresProvider>
  </StrictMode>,
);

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

const stores = createStores(api, buildIndexOffThread);
void stores.catalogue.load();
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

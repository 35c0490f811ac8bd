/** Renderer entry: builds `window.cuttings` on the preload's bridge, then mounts the app. */
import './bridge';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { preloadViewsAfterFirstList } from './views/lazy-views';
// Bundled typefaces (SIL OFL), served from the app itself as the CSP requires: the same
// calm type on every system, with Latin, Cyrillic and Greek subsets loaded on demand.
import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
preloadViewsAfterFirstList();

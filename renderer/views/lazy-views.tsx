/**
 * The views nobody sees at the first paint, each in its own chunk: the dialogs (Add clipping
 * and its importers, Dossier, Tags, Settings) and the recovery screen. The entry chunk holds
 * only what paints the first list; {@link preloadViewsAfterFirstList} fetches the rest soon after
 * that paint, so opening a dialog does not wait for its code.
 * tests/renderer/entry-chunk.test.ts fails when one of them is pulled into the entry again.
 */
import { createElement, lazy, Suspense, useState, type ComponentType, type ReactElement } from 'react';

const loaders = {
  add: () => import('./add-clipping-dialog'),
  dossier: () => import('./dossier/dossier-builder'),
  tags: () => import('./tags/tag-manager'),
  settings: () => import('./settings/settings-dialog'),
  recovery: () => import('./recovery/recovery-screen'),
};

export const AddClippingDialog = onceOpened(() => loaders.add().then((m) => m.AddClippingDialog));
export const DossierBuilder = onceOpened(() => loaders.dossier().then((m) => m.DossierBuilder));
export const TagManager = onceOpened(() => loaders.tags().then((m) => m.TagManager));
export const SettingsDialog = onceOpened(() => loaders.settings().then((m) => m.SettingsDialog));
export const RecoveryScreen = lazy(() => loaders.recovery().then((m) => ({ default: m.RecoveryScreen })));

/**
 * Fetches every lazy view's code {@link PRELOAD_AFTER_MS} after the first list is shown (the
 * list's `cuttings:results` mark), or after {@link PRELOAD_LATEST_MS} without one (the welcome of
 * an empty archive, the recovery screen), when the window is next idle: not sooner, when main
 * still answers the first search and the facets (its protocol handler serves these files too).
 */
export function preloadViewsAfterFirstList(): void {
  let done = false;
  const load = (): void => {
    for (const loader of Object.values(loaders)) void loader().catch(() => undefined);
  };
  const soon = (delay: number): void => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(latest);
    setTimeout(() => requestIdleCallback(load), delay);
  };
  const observer = new PerformanceObserver((marks) => {
    if (marks.getEntriesByName('cuttings:results').length > 0) soon(PRELOAD_AFTER_MS);
  });
  observer.observe({ type: 'mark' });
  const latest = setTimeout(() => soon(0), PRELOAD_LATEST_MS);
}

const PRELOAD_AFTER_MS = 1500;
const PRELOAD_LATEST_MS = 3000;

/**
 * A dialog whose code loads when it first opens: nothing is mounted before, and once opened it
 * stays mounted (it keeps its state between openings, as when it was always mounted).
 */
function onceOpened<P extends { open: boolean }>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function OnceOpened(props: P): ReactElement | null {
    const [wanted, setWanted] = useState(props.open);
    if (props.open && !wanted) setWanted(true);
    return wanted ? <Suspense fallback={null}>{createElement(Lazy, props)}</Suspense> : null;
  };
}

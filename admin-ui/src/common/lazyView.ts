// Route-level code splitting: a resource's view is fetched when its route first opens, not with the console's first page.
import { lazy, type ComponentType } from 'react';

/**
 * A lazily loaded view from a module's named export; react-admin's layout shows its loader meanwhile.
 * A view needs no props (react-admin's routes render it bare), hence `ComponentType<object>`.
 * @example list: lazyView(() => import('./WorkerList'), 'WorkerList')
 */
export const lazyView = <K extends string>(load: () => Promise<Record<K, ComponentType<object>>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

// Mounts the react-admin console into the page (loaded on demand by the shell); returns how to take it down again.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App';

export function mountConsole(root: HTMLElement): () => void {
  const react = createRoot(root);
  react.render(<StrictMode><App /></StrictMode>);
  return () => react.unmount();
}

/**
 * Entry point: mounts the app into `#root`. Styles are imported here so Vite
 * emits them as one stylesheet next to the bundle (no inline styles, which a
 * strict Content-Security-Policy from the gateway would block).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain an element with id "root"');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

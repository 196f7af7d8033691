/**
 * Builds the single-page app into `web/dist/`, which the gateway serves at `/`.
 * The output is self-contained: no CDN, no web fonts, no inline scripts, so it
 * runs under the gateway's Content-Security-Policy. In development, Vite
 * forwards `/auth` and `/api` to a gateway (GATEWAY_URL, default
 * http://localhost:8080) so the session cookie stays same-origin.
 *
 * Limitation: a login started from the Vite dev server returns to the
 * gateway's own origin, because the provider's redirect URI points there.
 * Sign in on the gateway first, or use the built app it serves.
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

const gatewayUrl = process.env.GATEWAY_URL ?? 'http://localhost:8080';

// The workspace hoists Vite 8 (a Vitest dependency) beside this package's Vite 7, and
// @vitejs/plugin-react takes its types from the hoisted copy. The plugin supports both
// at run time; only the declared types differ, so they are bridged here.
const reactPlugin = react() as unknown as PluginOption;

export default defineConfig({
  base: '/',
  plugins: [reactPlugin],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every asset as a file: data: URIs would need a looser img-src policy.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/auth': { target: gatewayUrl, changeOrigin: false },
      '/api': { target: gatewayUrl, changeOrigin: false },
    },
  },
});

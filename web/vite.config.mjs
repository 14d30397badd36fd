import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The portal (docs/portal.md). No React plug-in: Vite's own transform compiles TSX with the automatic
 * JSX runtime. The build goes to dist/portal, which the API process serves at `/` (src/app.setup.ts).
 * `npm run dev:web` proxies /api to the API on PORT (3000 by default).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/portal', import.meta.url)),
    emptyOutDir: true,
    // no inline module-preload polyfill: the CSP allows only the app's own script files
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // one first-load chunk of ~570 kB raw, ~170 kB gzip: under the 300 kB compressed budget (docs/portal.md)
    chunkSizeWarningLimit: 700,
    sourcemap: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // react-intl and TanStack Query mark their modules "use client" (for server components); no meaning here
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
});

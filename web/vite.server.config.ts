import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const webOut = process.env.BLUELAMP_WEB_OUT ?? fileURLToPath(new URL('../dist/web', import.meta.url));

/**
 * The folder beside the web build that holds its server drawing of the public site: dist/web →
 * dist/web-server. Kept out of the web build itself, whose files are served to anyone.
 * src/api/publicPages.ts finds it by the same rule.
 */
export const serverOut = path.join(path.dirname(webOut), `${path.basename(webOut)}-server`);

/**
 * The public site's server entry (src/publicServer.tsx) as one Node module with React, React
 * Router and TanStack Query inside it, so that the server, whose dependencies leave them out,
 * can draw the same pages the browser does.
 */
export default defineConfig({
  root,
  // The server keeps the development warnings out, as the browser build does.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  ssr: { noExternal: true, target: 'node' },
  // GOV.UK Frontend's scripts need a browser to load; the server only draws their markup.
  resolve: { alias: { 'govuk-frontend': path.join(root, 'src/govukFrontendServer.ts') } },
  build: {
    ssr: 'src/publicServer.tsx',
    outDir: serverOut,
    emptyOutDir: true,
    copyPublicDir: false,
    rolldownOptions: {
      output: { entryFileNames: 'publicServer.js' },
      onwarn(warning, warn) {
        // TanStack Query marks modules "use client" for React Server Components, which this app does not use.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'slash-div', 'color-functions'] },
    },
  },
});

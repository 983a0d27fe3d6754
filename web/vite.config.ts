import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    // BLUELAMP_WEB_OUT builds elsewhere, for browser tests run beside another build (see test/support/webServer.ts).
    outDir: process.env.BLUELAMP_WEB_OUT ?? fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Keeps every style in a file: the content security policy allows no inline styles.
    cssCodeSplit: false,
    // GOV.UK Frontend keeps old Internet Explorer media-query hacks that lightningcss rejects.
    cssMinify: 'esbuild',
    assetsInlineLimit: 0,
    rolldownOptions: {
      onwarn(warning, warn) {
        // TanStack Query marks modules "use client" for React Server Components, which this app does not use.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  css: {
    preprocessorOptions: {
      scss: {
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'slash-div', 'color-functions', 'if-function'],
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});

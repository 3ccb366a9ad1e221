// Build: `npx vite build web` (root web/, output dist/web). Dev: `npx vite web` proxies /api to a
// running `dossier serve` on 127.0.0.1:4173.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // The world outline and sigma are big but lazy: keep the warning for real regressions only.
    chunkSizeWarningLimit: 900,
    // No inline data: scripts or styles — the server's CSP forbids them.
    assetsInlineLimit: 0,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:4173' },
  },
});

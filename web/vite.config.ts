// Builds the web app into dist/web/: static files with relative paths, no inline script (the server's CSP forbids it).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: fileURLToPath(new URL("../dist/web/", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // Vite would inline small assets as data: URLs and a module-preload polyfill as an inline script: neither is
    // allowed under `script-src 'self'`.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: "es" },
  server: { fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
});

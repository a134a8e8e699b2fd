import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * The Node-side builds, one per mode:
 * - main: Electron's main process, everything bundled but Electron (the package holds no node_modules);
 * - preload: CommonJS in one file, as a sandboxed preload must be;
 * - browser-mode: the local server of browser mode, run from the repository with its node_modules;
 * - server, server-admin: the sync server (issue 5) and its admin command line, the same way.
 */
const targets = {
  main: { entry: here('electron/main.ts'), outDir: here('dist/main'), format: 'es', fileName: 'main.js', bundleDeps: true },
  preload: { entry: here('electron/preload.ts'), outDir: here('dist/preload'), format: 'cjs', fileName: 'preload.cjs', bundleDeps: true },
  'browser-mode': { entry: here('electron/browser-mode/start.ts'), outDir: here('dist/browser-mode'), format: 'es', fileName: 'start.js', bundleDeps: false },
  // The sync server and its admin command line, into the server package's own folder
  // (server/package.json): its dependencies are installed there, not bundled (better-sqlite3 is native).
  server: { entry: here('server/main.ts'), outDir: here('server/dist'), format: 'es', fileName: 'main.js', bundleDeps: false },
  'server-admin': { entry: here('server/admin/cli.ts'), outDir: here('server/dist'), format: 'es', fileName: 'admin.js', bundleDeps: false, keepOutDir: true },
} as const;

// The two that ship inside the app are minified, their source maps kept beside them (the packed app
// leaves the maps out, tests/packaging/pack.mjs), so a stack trace from an office can still be read.
const minified = new Set(['main', 'preload']);

export default defineConfig(({ mode }) => {
  const target = targets[mode as keyof typeof targets] as (typeof targets)[keyof typeof targets] | undefined;
  if (!target) throw new Error(`vite.node.config.ts: unknown mode ${mode}; use one of ${Object.keys(targets).join(', ')}`);
  return {
    build: {
      ssr: target.entry,
      outDir: target.outDir,
      emptyOutDir: !('keepOutDir' in target),
      target: 'node20',
      minify: minified.has(mode),
      sourcemap: true,
      rollupOptions: {
        output: { format: target.format, entryFileNames: target.fileName },
      },
    },
    ssr: {
      target: 'node',
      noExternal: target.bundleDeps ? true : undefined,
      external: ['electron', ...nodeBuiltins],
    },
  };
});

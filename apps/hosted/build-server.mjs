// Compiles server.ts ahead of time into dist/server.js, which production runs
// with plain `node`. Our own TypeScript (this app's server code and the
// workspace packages) is bundled; every npm package stays external, imported
// from where pnpm installed it (relative to dist/), so packages that read their
// own files at run time (graphile-worker's SQL, Prisma's query compiler,
// Next.js) work as installed.
import path from "node:path";
import { build } from "esbuild";

const here = import.meta.dirname;
const outdir = path.join(here, "dist");

/** Bare package imports, resolved from the importing file and kept external by relative path. */
const installedPackages = {
  name: "installed-packages",
  setup(plugin) {
    plugin.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("node:") || args.path.startsWith("@guestlist/")) return undefined;
      if (args.pluginData === "resolving") return undefined;
      const resolved = await plugin.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: "resolving",
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (!resolved.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const relative = path.relative(outdir, resolved.path).split(path.sep).join("/");
      return { path: relative.startsWith(".") ? relative : `./${relative}`, external: true };
    });
  },
};

await build({
  entryPoints: [path.join(here, "server.ts")],
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  sourcemap: true,
  logLevel: "warning",
  plugins: [installedPackages],
  // Bundled CommonJS code (if any) still finds require and __dirname.
  banner: {
    js: `import { createRequire as __guestlistCreateRequire } from "node:module"; const require = __guestlistCreateRequire(import.meta.url);`,
  },
});

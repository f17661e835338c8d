// Vite builds web/ into web/dist, which the fachforum binary embeds and serves.
// `npm run dev` serves the app with hot reload and passes API calls to a running
// server (FACHFORUM_URL, default http://127.0.0.1:8080).
// The build prints the gzip size of the JavaScript that index.html loads and fails
// when it exceeds the budget (the other pages' code is split off and loaded on use).
// It also writes a brotli (`.br`) and a gzip (`.gz`) copy of every text file next to
// it, which the server sends to browsers that accept them.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const server = process.env.FACHFORUM_URL ?? "http://127.0.0.1:8080";

/** The most JavaScript (gzip, kB of 1000 bytes) the first page may load before it starts. */
const INITIAL_JS_BUDGET_KB = 150;

/** Sums the entry chunks and the chunks they import statically (all preloaded by index.html). */
function initialJsBudget(): Plugin {
  return {
    name: "fachforum:initial-js-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((output) =>
          output.type === "chunk" ? [[output.fileName, output] as const] : [],
        ),
      );
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        chunks.get(fileName)?.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const bytes = [...initial].reduce(
        (sum, fileName) => sum + gzipSync(chunks.get(fileName)?.code ?? "").length,
        0,
      );
      const kb = bytes / 1000;
      const summary = `initial JavaScript: ${kb.toFixed(2)} kB gzip of at most ${INITIAL_JS_BUDGET_KB} kB (${[...initial].join(", ")})`;
      if (kb > INITIAL_JS_BUDGET_KB) this.error(summary);
      console.log(summary);
    },
  };
}

/** Files worth compressing: text, by extension. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|webmanifest)$/;

/** Every file under `dir`. */
function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

/** Writes `<file>.br` and `<file>.gz` for each text file of the build that shrinks. */
function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "fachforum:precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const path of filesIn(outDir).filter((file) => COMPRESSIBLE.test(file))) {
        const bytes = readFileSync(path);
        const variants: [string, Buffer][] = [
          [
            ".br",
            brotliCompressSync(bytes, {
              params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
            }),
          ],
          [".gz", gzipSync(bytes, { level: 9 })],
        ];
        for (const [suffix, packed] of variants) {
          if (packed.length < bytes.length * 0.9) writeFileSync(path + suffix, packed);
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), initialJsBudget(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    // Inline assets would become data: URLs; keep every asset a file under /assets.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: server },
      "/healthz": { target: server },
    },
  },
});

/** The main entry as a browser app would ship it: bundled, minified, gzipped. Shared by the size test and the bench. */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;

export async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    // "browser" makes esbuild reject any Node built-in the entry would pull in.
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  /** Minified bytes each source contributes (gzip cannot be split per file). */
  const perInput = Object.fromEntries(Object.entries(output?.inputs ?? {}).map(([file, { bytesInOutput }]) => [file, bytesInOutput]));
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs), perInput };
}

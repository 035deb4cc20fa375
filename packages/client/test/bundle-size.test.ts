/**
 * The main entry, bundled for a browser and minified+gzipped, may weigh at most
 * openapi-fetch's own bundle (measured the same way, in the same run) plus 4 kB, plus the
 * measured cost of the safety and SDK surface of issue 11 (key redaction, the URL guard and
 * redirect handling, option checks, APIPromise, levelled logging, pagination guards): 2 kB.
 * Main before it: +3116 B; after it: +6066 B. Issue 18's hardening (one redactor at every exit,
 * path-parameter checks, bounded bodies read inside the timeout, the undeclared-2xx check,
 * record identities in pagination) measured +2061 B: a further 2 kB (see docs/benchmarks.md).
 * The adversarial review of issue 18 (header names holding the key, objects met twice by the
 * redactor, strict HTTP-dates in Retry-After, NaN and lone surrogates in URLs) measured +153 B.
 * Raised a third time, by 192 B, for the second review of issue 18: the raw methods
 * (`client.GET(...)`) were outside every body protection, and now pass the same choke point as
 * the generated ones (`exchange`: the timeout through the body, maxResponseBytes on every body
 * openapi-fetch reads, error bodies included, the path rules, `.asResponse()` bodies timed);
 * measured 8524 B over openapi-fetch, +244 B over 8280 B, after cutting what the rewrite made
 * redundant (the URL parses in serializePath, a second reader, the null-body list). Getting
 * back under the 2048 B allowance (8192 B) would take shortening error messages callers match.
 */
import { describe, expect, it } from "vitest";
import { bundle } from "../bench/bundle.js";

const BUDGET = 4096;
const SURFACE = 2048;
const HARDENING = 2048 + 160 + 192;

describe("bundle size", () => {
  it("main entry <= openapi-fetch + 4 kB + 2 kB for the issue-11 surface + 2.4 kB for the issue-18 hardening (min+gzip)", async () => {
    const [ours, theirs] = await Promise.all([bundle(`export * from "./src/index.ts";`), bundle(`export * from "openapi-fetch";`)]);
    console.info(
      `bundle size (min+gzip): @gcore-billing/client ${ours.gzipped} B, openapi-fetch ${theirs.gzipped} B, ` +
        `difference ${ours.gzipped - theirs.gzipped} B of ${BUDGET} + ${SURFACE} + ${HARDENING} B allowed (minified: ${ours.minified} B vs ${theirs.minified} B)`,
    );
    expect(ours.gzipped - theirs.gzipped).toBeLessThanOrEqual(BUDGET + SURFACE + HARDENING);
    // Guards against the measurement itself going wrong (an empty or unbundled build).
    expect(theirs.gzipped).toBeGreaterThan(1000);
    expect(ours.inputs.some((i) => i.includes("openapi-fetch"))).toBe(true);
  });

  it("main entry bundles for browsers without the validators", async () => {
    const { inputs } = await bundle(`export * from "./src/index.ts";`);
    expect(inputs.filter((i) => i.includes("validators") || i.startsWith("node:"))).toEqual([]);
  });

  it("the node entry is the one that needs Node built-ins", async () => {
    await expect(bundle(`export * from "./src/node.ts";`)).rejects.toThrow(/node:fs/);
  });
});

describe("bundle size: positive control", () => {
  it("the validate entry does pull in the compiled validators", async () => {
    const { inputs, gzipped } = await bundle(`export * from "./src/validate.ts";`);
    console.info(`bundle size (min+gzip): @gcore-billing/client/validate ${gzipped} B`);
    expect(inputs.some((i) => i.includes("validators/"))).toBe(true);
  });
});

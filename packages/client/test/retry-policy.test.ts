/** The retry policy's pure parts: which statuses and methods, how long to wait. */
import { describe, expect, it } from "vitest";
import { isIdempotent, isRetryableStatus, retryAfter, retryDelay } from "../src/index.js";

const NOW = Date.parse("2026-07-14T12:00:00Z");
const headers = (h: Record<string, string>) => new Headers(h);

describe("retryAfter", () => {
  it.each([
    ["no header", { given: {}, want: undefined }],
    ["retry-after-ms", { given: { "retry-after-ms": "250" }, want: 250 }],
    ["fractional retry-after-ms", { given: { "retry-after-ms": "12.5" }, want: 12.5 }],
    ["retry-after-ms wins over Retry-After", { given: { "retry-after-ms": "20", "retry-after": "9" }, want: 20 }],
    ["Retry-After in seconds", { given: { "retry-after": "3" }, want: 3000 }],
    ["Retry-After zero", { given: { "retry-after": "0" }, want: 0 }],
    ["Retry-After as an HTTP-date", { given: { "retry-after": "Tue, 14 Jul 2026 12:00:05 GMT" }, want: 5000 }],
    ["Retry-After date in the past", { given: { "retry-after": "Tue, 14 Jul 2026 11:00:00 GMT" }, want: 0 }],
    ["garbage Retry-After", { given: { "retry-after": "soon" }, want: undefined }],
    ["garbage retry-after-ms falls back to Retry-After", { given: { "retry-after-ms": "x", "retry-after": "2" }, want: 2000 }],
  ])("%s", (_name, { given, want }) => {
    expect(retryAfter(headers(given), NOW)).toBe(want);
  });
});

describe("retryDelay", () => {
  it.each([
    ["attempt 0, no jitter", { attempt: 0, random: 0, want: 500 }],
    ["attempt 1, no jitter", { attempt: 1, random: 0, want: 1000 }],
    ["attempt 3, no jitter", { attempt: 3, random: 0, want: 4000 }],
    ["capped at 8 s", { attempt: 10, random: 0, want: 8000 }],
    ["full jitter takes off 25%", { attempt: 0, random: 1, want: 375 }],
    ["half jitter", { attempt: 2, random: 0.5, want: 1750 }],
  ])("%s", (_name, { attempt, random, want }) => {
    expect(retryDelay(attempt, undefined, () => random)).toBe(want);
  });

  it.each([
    ["a server hint replaces the backoff", { given: { "retry-after": "2" }, want: 2000 }],
    ["a hint of a minute or more is ignored", { given: { "retry-after": "60" }, want: 500 }],
    ["a zero hint retries at once", { given: { "retry-after-ms": "0" }, want: 0 }],
  ])("%s", (_name, { given, want }) => {
    expect(retryDelay(0, headers(given), () => 0)).toBe(want);
  });
});

describe("what is retried", () => {
  it.each([
    [200, false],
    [400, false],
    [401, false],
    [404, false],
    [408, true],
    [409, true],
    [422, false],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
  ])("status %i -> %s", (status, want) => {
    expect(isRetryableStatus(status)).toBe(want);
  });

  it.each([
    ["GET", true],
    ["HEAD", true],
    ["OPTIONS", true],
    ["PUT", true],
    ["DELETE", true],
    ["POST", false],
    ["PATCH", false],
  ])("method %s idempotent -> %s", (method, want) => {
    expect(isIdempotent(method)).toBe(want);
  });
});

/**
 * Format test tables shared by formats.test.ts and fast-path.test.ts: the
 * official JSON-Schema-Test-Suite cases and the invoice-shaped edge cases.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { dataPath } from "@gcore-billing/test-fixtures";
import type { FormatName } from "../src/runtime/formats.js";

// The official JSON-Schema-Test-Suite, vendored in tools/test-fixtures/data.
const SUITE_DIR = pathToFileURL(dataPath("json-schema-test-suite/tests/draft2020-12/optional/format/"));

interface SuiteGroup {
  description: string;
  schema: { format: string };
  tests: { description: string; data: unknown; valid: boolean }[];
}

export type Case = [name: string, expectation: { given: string; want: boolean }];
export type NonStringCase = [name: string, expectation: { given: unknown; want: boolean }];

export const SUITE_FORMATS = ["date", "date-time", "time", "uri", "uuid", "email", "ipv4", "ipv6"] as const satisfies readonly FormatName[];

export function loadSuite(format: FormatName): { strings: Case[]; nonStrings: NonStringCase[] } {
  const groups = JSON.parse(readFileSync(new URL(`${format}.json`, SUITE_DIR), "utf8")) as SuiteGroup[];
  const strings: Case[] = [];
  const nonStrings: NonStringCase[] = [];
  for (const group of groups) {
    // Guard against a suite update that mixes formats within one file.
    if (group.schema.format !== format) {
      throw new Error(`${format}.json: group "${group.description}" uses ${group.schema.format}`);
    }
    for (const t of group.tests) {
      const name = `${group.description} › ${t.description}`;
      if (typeof t.data === "string") strings.push([name, { given: t.data, want: t.valid }]);
      else nonStrings.push([name, { given: t.data, want: t.valid }]);
    }
  }
  return { strings, nonStrings };
}

export const INVOICE_FORMAT_CASES: [name: string, expectation: { format: FormatName; given: string; want: boolean }][] = [
  ["2026 is not a leap year", { format: "date", given: "2026-02-29", want: false }],
  ["2024 is a leap year", { format: "date", given: "2024-02-29", want: true }],
  ["UTC timestamp", { format: "date-time", given: "2026-07-14T10:20:30Z", want: true }],
  ["microseconds and a positive offset", { format: "date-time", given: "2026-07-14T10:20:30.123456+02:00", want: true }],
  ["space instead of T is not RFC 3339 grammar", { format: "date-time", given: "2026-07-14 10:20:30Z", want: false }],
  ["date-time without offset", { format: "date-time", given: "2026-07-14T10:20:30", want: false }],
  ["fraction without digits", { format: "date-time", given: "2026-07-14T10:20:30.Z", want: false }],
  ["fraction running to the end", { format: "date-time", given: "2026-07-14T10:20:30.5", want: false }],
  ["2026-06-31 does not exist", { format: "date", given: "2026-06-31", want: false }],
  ["2000 is a leap year", { format: "date", given: "2000-02-29", want: true }],
  ["leap second east of UTC", { format: "date-time", given: "2016-12-31T01:29:60+01:30", want: true }],
  ["URN with a uuid", { format: "uri", given: "urn:uuid:2eb8aa08-aa98-11ea-b4aa-73b441d16380", want: true }],
  ["IPvFuture literal", { format: "uri", given: "http://[v1.fe80::a+en1]/", want: true }],
  ["empty IPvFuture body", { format: "uri", given: "http://[v1.]/", want: false }],
  ["ip accepts IPv4", { format: "ip", given: "10.0.0.1", want: true }],
  ["ip accepts IPv6", { format: "ip", given: "fe80::1", want: true }],
  ["ip rejects hostnames", { format: "ip", given: "localhost", want: false }],
  ["seven groups plus ::", { format: "ipv6", given: "1:2:3:4:5:6:7::", want: true }],
  ["eight groups plus ::", { format: "ipv6", given: "1:2:3:4:5:6:7:8::", want: false }],
  ["email local part over 64 octets", { format: "email", given: `${"a".repeat(65)}@x.org`, want: false }],
  ["email label starting with a hyphen", { format: "email", given: "billing@-gcore.com", want: false }],
];

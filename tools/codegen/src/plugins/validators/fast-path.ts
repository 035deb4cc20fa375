/**
 * The NDJSON fast path: for each component schema that fits, a scanner that
 * checks JSON syntax and the schema together on the raw bytes of one line,
 * before any decoding, and answers only `true` ("valid") or `false` ("don't
 * know"; the caller then takes the full path: decode, JSON.parse, the ajv
 * validator). The building blocks live in the validators package
 * (src/runtime/fast-scan.ts); this emitter only decides what to call.
 *
 * Which schemas fit (anything else gets no scanner, with the reason in a
 * comment of the generated file):
 * - `type: "object"` with `properties` and `required`, nothing else that
 *   constrains the object (annotations and `additionalProperties` are fine:
 *   an unknown key is always "don't know", so `additionalProperties` never
 *   decides a verdict the scanner gives);
 * - at most 31 properties (the seen-keys set is one 32-bit mask), every
 *   `required` name among them, none named like a member of
 *   Object.prototype, every name printable ASCII needing no JSON escape;
 * - every property a scalar: `type` drawn from string, integer, number,
 *   boolean and null (a list = nullable), optionally with
 *   - `enum` of strings and/or null (then no other string keyword),
 *   - for strings: `format` date, date-time or time (alone), or a `pattern`
 *     in the subset `compilePattern` understands, and `minLength`, `maxLength`;
 *   - for numbers: `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`.
 *
 * Soundness, which the differential tests in packages/validators check: a
 * scanner only accepts bytes in the subset that fast-scan.ts describes (no
 * escapes, printable ASCII strings, canonical integers of at most 15 digits),
 * every key at most once, only known keys. For those bytes the decoded value
 * is the bytes themselves, so each keyword can be checked exactly.
 */
import type { JsonSchema, Model, SchemaEntry } from "../../model.ts";
import { isObject } from "../../pointer.ts";
import { generatedHeader } from "../header.ts";
import type { EmittedFiles } from "../plugin.ts";

type Scalar = "string" | "integer" | "number" | "boolean" | "null";
const SCALARS = new Set<string>(["string", "integer", "number", "boolean", "null"]);
const SCANNED_FORMATS: Record<string, string> = { date: "dateString", "date-time": "dateTimeString", time: "timeString" };
/** Keywords that only document; they never change a verdict. */
const ANNOTATIONS = new Set(["title", "description", "readOnly", "writeOnly", "deprecated", "examples", "example", "default", "$comment"]);
const PROPERTY_KEYWORDS = new Set([
  "type",
  "enum",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
]);
const OBJECT_KEYWORDS = new Set(["type", "properties", "required", "additionalProperties"]);
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const MAX_PROPERTIES = 31;
/** What generated scanners may call in src/runtime/fast-scan.ts; each file imports the ones it uses. */
const RUNTIME = [
  "ascii",
  "booleanLiteral",
  "dateString",
  "dateTimeString",
  "integer",
  "integerIn",
  "nullLiteral",
  "oneOf",
  "plainString",
  "scanObject",
  "timeString",
  "withLength",
];

interface PropertyPlan {
  name: string;
  types: Set<Scalar>;
  /** String members an enum allows (printable ASCII only); undefined without `enum`. */
  enumStrings?: string[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  /** Inclusive range of the integer value (the fast path reads integers only), from the four bound keywords. */
  min: number;
  max: number;
}

export interface FastPathPlan {
  schema: SchemaEntry;
  properties: PropertyPlan[];
  required: Set<string>;
}

class DoesNotFit extends Error {}

const isExtension = (key: string) => key.startsWith("x-");
/** Printable ASCII that JSON writes without an escape: such text is its own byte spelling. */
const isPlainAscii = (text: string) => /^[\x20-\x7f]*$/.test(text) && !/["\\]/.test(text);

function checkKeywords(schema: Record<string, unknown>, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(schema)) {
    if (!allowed.has(key) && !ANNOTATIONS.has(key) && !isExtension(key)) throw new DoesNotFit(`${where}: keyword ${key}`);
  }
}

function nonNegativeInteger(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new DoesNotFit(`${where} is not a count`);
  return value;
}

function planProperty(name: string, schema: JsonSchema): PropertyPlan {
  const where = `property ${name}`;
  if (!isObject(schema)) throw new DoesNotFit(`${where} is a boolean schema`);
  checkKeywords(schema, PROPERTY_KEYWORDS, where);
  const rawTypes = schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (rawTypes?.some((t) => typeof t !== "string" || !SCALARS.has(t)))
    throw new DoesNotFit(`${where}: type ${JSON.stringify(schema.type)}`);
  let types = new Set<Scalar>((rawTypes ?? ["string", "integer", "number", "boolean", "null"]) as Scalar[]);
  const plan: PropertyPlan = { name, types, min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };

  if (schema.enum !== undefined) {
    if (!Array.isArray(schema.enum)) throw new DoesNotFit(`${where}: enum is not a list`);
    if (schema.enum.some((m) => m !== null && typeof m !== "string")) throw new DoesNotFit(`${where}: enum has non-string members`);
    for (const k of ["format", "pattern", "minLength", "maxLength"]) {
      if (k in schema) throw new DoesNotFit(`${where}: enum together with ${k}`);
    }
    // A value must pass `type` and `enum`: keep only the kinds both allow.
    const allowed = new Set<Scalar>();
    if (types.has("string") && schema.enum.some((m) => typeof m === "string")) allowed.add("string");
    if (types.has("null") && schema.enum.includes(null)) allowed.add("null");
    types = allowed;
    plan.types = types;
    // A member that needs an escape or non-ASCII bytes never reaches the scanner as a plain string:
    // leaving it out only sends such records to the full path.
    plan.enumStrings = (schema.enum as unknown[]).filter((m): m is string => typeof m === "string" && isPlainAscii(m));
  } else if (rawTypes === undefined) {
    throw new DoesNotFit(`${where}: no type`);
  }

  if (schema.format !== undefined) {
    if (typeof schema.format !== "string" || !(schema.format in SCANNED_FORMATS)) {
      throw new DoesNotFit(`${where}: format ${JSON.stringify(schema.format)} has no byte-level check`);
    }
    for (const k of ["pattern", "minLength", "maxLength"]) {
      if (k in schema) throw new DoesNotFit(`${where}: format together with ${k}`);
    }
    plan.format = schema.format;
  }
  if (schema.pattern !== undefined) {
    if (typeof schema.pattern !== "string") throw new DoesNotFit(`${where}: pattern is not a string`);
    try {
      compilePattern(schema.pattern, "probe");
    } catch (e) {
      throw e instanceof DoesNotFit ? new DoesNotFit(`${where}: ${e.message}`) : e;
    }
    plan.pattern = schema.pattern;
  }
  if (schema.minLength !== undefined) plan.minLength = nonNegativeInteger(schema.minLength, `${where}: minLength`);
  if (schema.maxLength !== undefined) plan.maxLength = nonNegativeInteger(schema.maxLength, `${where}: maxLength`);
  const bound = (keyword: string): number | undefined => {
    const value = schema[keyword];
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value)) throw new DoesNotFit(`${where}: ${keyword} is not a finite number`);
    return value;
  };
  // For an integer v: v >= m is v >= ceil(m), v > x is v >= floor(x) + 1, and so on.
  const minimum = bound("minimum");
  const exclusiveMinimum = bound("exclusiveMinimum");
  const maximum = bound("maximum");
  const exclusiveMaximum = bound("exclusiveMaximum");
  if (minimum !== undefined) plan.min = Math.max(plan.min, Math.ceil(minimum));
  if (exclusiveMinimum !== undefined) plan.min = Math.max(plan.min, Math.floor(exclusiveMinimum) + 1);
  if (maximum !== undefined) plan.max = Math.min(plan.max, Math.floor(maximum));
  if (exclusiveMaximum !== undefined) plan.max = Math.min(plan.max, Math.ceil(exclusiveMaximum) - 1);
  return plan;
}

/** The scanner's plan for `schema`, or why it has none. */
export function planFastPath(entry: SchemaEntry, schema: JsonSchema): { plan: FastPathPlan } | { reason: string } {
  try {
    if (!isObject(schema)) throw new DoesNotFit("a boolean schema");
    checkKeywords(schema, OBJECT_KEYWORDS, "object");
    if (schema.type !== "object") throw new DoesNotFit(`type ${JSON.stringify(schema.type)} instead of "object"`);
    const props = (schema.properties ?? {}) as JsonSchema;
    if (!isObject(props)) throw new DoesNotFit("properties is not an object");
    const names = Object.keys(props);
    if (names.length > MAX_PROPERTIES) throw new DoesNotFit(`${names.length} properties (at most ${MAX_PROPERTIES})`);
    for (const n of names) {
      if (!isPlainAscii(n)) throw new DoesNotFit(`property name ${JSON.stringify(n)} needs escapes or non-ASCII bytes`);
      if (PROTOTYPE_NAMES.has(n)) throw new DoesNotFit(`property name ${n} is a member of Object.prototype`);
    }
    const required = new Set<string>((schema.required as string[] | undefined) ?? []);
    for (const r of required) if (!names.includes(r)) throw new DoesNotFit(`required ${r} is not among the properties`);
    const properties = names.map((n) => planProperty(n, props[n] as JsonSchema));
    return { plan: { schema: entry, properties, required } };
  } catch (e) {
    if (e instanceof DoesNotFit) return { reason: e.message };
    throw e;
  }
}

// --- patterns ---------------------------------------------------------------
//
// The subset of ECMAScript regex syntax (with the `u` flag ajv uses) that is
// compiled to byte code: anchored at both ends (`^...$`), a sequence of
// literal ASCII characters, escaped syntax characters, `.`, `\d`, `\w`,
// classes of those and ranges (not negated), and groups `(...)` / `(?:...)`,
// each optionally quantified by ?, *, +, {n}, {n,}, {n,m}. No alternation,
// no backreferences, no lookaround, no lazy quantifiers.
//
// Matching is possessive: each quantifier takes as many repetitions as it
// can and never gives one back. The path it finds is a path of the regex, so
// "matches" is always right; it may miss a match that needs backtracking
// (`^\d*1$`), which only costs a trip through the full path.

type Ranges = [number, number][];
type PatternNode = ({ kind: "class"; ranges: Ranges; source: string } | { kind: "group"; body: PatternNode[]; source: string }) & {
  min: number;
  max: number;
};

const DIGIT: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const SYNTAX = "^$\\.*+?()[]{}|/-";

function parsePattern(pattern: string): PatternNode[] {
  if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.endsWith("\\$")) {
    throw new DoesNotFit(`pattern ${pattern} is not anchored at both ends`);
  }
  const src = pattern.slice(1, -1);
  let pos = 0;
  const fail = (why: string): never => {
    throw new DoesNotFit(`pattern ${pattern}: ${why} at ${pos + 1}`);
  };
  const literal = (c: string | undefined): Ranges => {
    if (c === undefined) return fail("an unexpected end");
    const code = c.charCodeAt(0);
    if (code < 0x20 || code > 0x7e) fail("a non-printable or non-ASCII character");
    return [[code, code]];
  };
  const escaped = (): Ranges => {
    const c = src[pos++];
    if (c === "d") return DIGIT;
    if (c === "w") return WORD;
    if (c !== undefined && SYNTAX.includes(c)) return literal(c);
    return fail(`escape \\${c ?? ""}`);
  };
  const classMember = (): Ranges => {
    if (src[pos] !== "\\") return literal(src[pos++]);
    pos++;
    return escaped();
  };
  const charClass = (): Ranges => {
    if (src[pos] === "^") fail("a negated class");
    const ranges: Ranges = [];
    while (pos < src.length && src[pos] !== "]") {
      const one = classMember();
      if (src[pos] === "-" && src[pos + 1] !== "]" && one.length === 1 && one[0]![0] === one[0]![1]) {
        pos++;
        const hi = classMember();
        if (hi.length !== 1 || hi[0]![0] !== hi[0]![1] || hi[0]![0] < one[0]![0]) fail("a range");
        ranges.push([one[0]![0], hi[0]![0]]);
      } else {
        ranges.push(...one);
      }
    }
    if (src[pos] !== "]") fail("an unclosed class");
    pos++;
    return ranges;
  };
  const quantifier = (): [number, number] => {
    const c = src[pos];
    let q: [number, number] = [1, 1];
    if (c === "?") q = [0, 1];
    else if (c === "*") q = [0, Number.POSITIVE_INFINITY];
    else if (c === "+") q = [1, Number.POSITIVE_INFINITY];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(pos));
      if (!m) return fail("a brace that is not a quantifier");
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      if (max < min) fail("a quantifier {n,m} with m < n");
      pos += m[0].length;
      if (src[pos] === "?") fail("a lazy quantifier");
      return [min, max];
    } else return q;
    pos++;
    if (src[pos] === "?") fail("a lazy quantifier");
    return q;
  };
  const sequence = (inGroup: boolean): PatternNode[] => {
    const nodes: PatternNode[] = [];
    while (pos < src.length) {
      const start = pos;
      const c = src[pos]!;
      if (c === ")") {
        if (!inGroup) fail("an unbalanced )");
        return nodes;
      }
      pos++;
      let node: PatternNode;
      if (c === "(") {
        if (src.startsWith("?:", pos)) pos += 2;
        else if (src[pos] === "?") fail("a lookaround or named group");
        const body = sequence(true);
        if (src[pos] !== ")") fail("an unclosed group");
        pos++;
        node = { kind: "group", body, source: "", min: 1, max: 1 };
      } else if (c === "[") node = { kind: "class", ranges: charClass(), source: "", min: 1, max: 1 };
      else if (c === "\\") node = { kind: "class", ranges: escaped(), source: "", min: 1, max: 1 };
      else if (c === ".")
        node = {
          kind: "class",
          ranges: [
            [0x00, 0x09],
            [0x0b, 0x0c],
            [0x0e, 0x7f],
          ],
          source: "",
          min: 1,
          max: 1,
        };
      else if ("|^$*+?{}]".includes(c)) return fail(`${c} where an atom was expected`);
      else node = { kind: "class", ranges: literal(c), source: "", min: 1, max: 1 };
      [node.min, node.max] = quantifier();
      node.source = src.slice(start, pos);
      nodes.push(node);
    }
    if (inGroup) fail("an unclosed group");
    return nodes;
  };
  return sequence(false);
}

/** Text for a generated block comment: names and reasons come from the document and could close it. */
const commentSafe = (text: string) => text.replace(/\*\//g, "*\\/").replace(/[\r\n\u2028\u2029]/g, " ");

const hex = (n: number) => `0x${n.toString(16).padStart(2, "0")}`;

function classTest(ranges: Ranges): string {
  const tests = ranges.map(([lo, hi]) => (lo === hi ? `b[i] === ${hex(lo)}` : `(b[i] >= ${hex(lo)} && b[i] <= ${hex(hi)})`));
  return tests.length === 1 ? tests[0]!.replace(/^\((.*)\)$/, "$1") : tests.join(" || ");
}

/** Statements that advance `i` over `nodes` or run `fail`. */
function emitSequence(nodes: PatternNode[], fail: string, indent: string, depth: number): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const max = node.max === Number.POSITIVE_INFINITY ? "" : node.max;
    out.push(`${indent}// ${node.source}`);
    if (node.kind === "class") {
      const test = classTest(node.ranges);
      if (node.min === 1 && node.max === 1) {
        out.push(`${indent}if (i >= end || !(${test})) ${fail}`, `${indent}i++;`);
      } else if (node.min === node.max) {
        // A fixed count: one length check instead of one per byte.
        const n = `n${depth}`;
        out.push(
          `${indent}if (end - i < ${node.min}) ${fail}`,
          `${indent}for (${n} = 0; ${n} < ${node.min}; ${n}++, i++) if (!(${test})) ${fail}`,
        );
      } else {
        const n = `n${depth}`;
        const limit = max === "" ? "" : `${n} < ${max} && `;
        out.push(`${indent}for (${n} = 0; ${limit}i < end && (${test}); ${n}++) i++;`);
        if (node.min > 0) out.push(`${indent}if (${n} < ${node.min}) ${fail}`);
      }
    } else {
      // A group: each repetition either completes or puts `i` back and ends the loop.
      const n = `n${depth}`;
      const label = `group${depth}`;
      const save = `from${depth}`;
      const limit = max === "" ? "" : ` ${n} < ${max};`;
      out.push(`${indent}for (${n} = 0;${limit || " ;"} ${n}++) {`);
      out.push(`${indent}  const ${save} = i;`);
      out.push(`${indent}  ${label}: {`);
      out.push(...emitSequence(node.body, `{ i = ${save}; break ${label}; }`, `${indent}    `, depth + 1));
      out.push(`${indent}    // An empty repetition would repeat forever; stop.`);
      out.push(`${indent}    if (i === ${save}) break;`);
      out.push(`${indent}    continue;`);
      out.push(`${indent}  }`);
      out.push(`${indent}  break;`);
      out.push(`${indent}}`);
      if (node.min > 0) out.push(`${indent}if (${n} < ${node.min}) ${fail}`);
    }
  }
  return out;
}

function depthOf(nodes: PatternNode[]): number {
  return nodes.reduce((d, n) => Math.max(d, n.kind === "group" ? 1 + depthOf(n.body) : n.min === 1 && n.max === 1 ? 0 : 1), 0);
}

/**
 * A function `name(b, i, end)` for a string at b[i] (its opening quote) whose
 * content must match `pattern`: the index after the closing quote, or -1.
 * Throws DoesNotFit outside the subset.
 */
export function compilePattern(pattern: string, name: string): string {
  const nodes = parsePattern(pattern);
  const counters = Array.from({ length: depthOf(nodes) }, (_, k) => `n${k}`);
  const inPlace = matchesInPlace(pattern);
  return [
    `/** A string matching \`${commentSafe(pattern)}\`, matched possessively: what it accepts matches; a match that needs backtracking is missed ("don't know"). */`,
    `function ${name}(b, i, end) {`,
    ...(counters.length > 0 ? [`  let ${counters.join(", ")};`] : []),
    ...(inPlace
      ? [
          "  // Matched in place: no byte the pattern accepts is a quote, so the string must end where the match does.",
          "  if (i >= end || b[i] !== 0x22) return -1;",
          "  i++;",
        ]
      : [
          "  // The pattern may match quotes: find the end of the string first, then match its content.",
          "  const close = plainString(b, i, end);",
          "  if (close < 0) return -1;",
          "  end = close - 1;",
          "  i++;",
        ]),
    ...emitSequence(nodes, "return -1;", "  ", 0),
    inPlace ? "  return i < end && b[i] === 0x22 ? i + 1 : -1;" : "  return i === end ? close : -1;",
    "}",
  ].join("\n");
}

/**
 * Whether a match of `pattern` can only consist of bytes that stand for
 * themselves in a JSON string and are not a quote: then it is matched in
 * place, and the closing quote must follow right where the match ends.
 */
export function matchesInPlace(pattern: string): boolean {
  const plain = (nodes: PatternNode[]): boolean =>
    nodes.every((n) =>
      n.kind === "group"
        ? plain(n.body)
        : n.ranges.every(([lo, hi]) => lo >= 0x20 && hi <= 0x7f && !(lo <= 0x22 && hi >= 0x22) && !(lo <= 0x5c && hi >= 0x5c)),
    );
  return plain(parsePattern(pattern));
}

// --- scanners ---------------------------------------------------------------

const first = { null: "0x6e /* n */", true: "0x74 /* t */", false: "0x66 /* f */", quote: '0x22 /* " */' };

function describe(p: PropertyPlan): string {
  const parts: string[] = [];
  if (p.types.has("string")) {
    let s = p.enumStrings ? `one of ${p.enumStrings.map((m) => JSON.stringify(m)).join(", ")}` : "a string";
    if (p.format) s += ` (format ${p.format})`;
    if (p.pattern) s += ` matching ${p.pattern}`;
    if (p.minLength !== undefined) s += `, length >= ${p.minLength}`;
    if (p.maxLength !== undefined) s += `, length <= ${p.maxLength}`;
    parts.push(s);
  }
  if (p.types.has("integer") || p.types.has("number")) {
    const bounded = Number.isFinite(p.min) || Number.isFinite(p.max);
    parts.push(`${p.types.has("integer") ? "an integer" : "a number spelled as an integer"}${bounded ? ` in [${p.min}, ${p.max}]` : ""}`);
  }
  if (p.types.has("boolean")) parts.push("true or false");
  if (p.types.has("null")) parts.push("null");
  return parts.length > 0 ? parts.join(", or ") : "nothing the fast path accepts";
}

/** An expression for a string value at b[i]: the index after it, or -1. */
function stringExpression(p: PropertyPlan, patternName: (pattern: string) => string, enumName: string | undefined): string {
  let scan = "plainString(b, i, end)";
  if (enumName) scan = `oneOf(b, i, end, ${enumName})`;
  else if (p.format) scan = `${SCANNED_FORMATS[p.format]}(b, i, end)`;
  else if (p.pattern) scan = `${patternName(p.pattern)}(b, i, end)`;
  if (p.minLength === undefined && p.maxLength === undefined) return scan;
  return `withLength(i, ${scan}, ${p.minLength ?? 0}, ${p.maxLength ?? "Infinity"})`;
}

/**
 * One expression for a property's value at b[i]: the index after it, or -1.
 * Each alternative is chosen by its first byte; the last needs no test,
 * because every scanning function checks the first byte it is given itself.
 */
function valueExpression(p: PropertyPlan, patternName: (pattern: string) => string, enumName: string | undefined): string {
  const branches: [when: string, scan: string][] = [];
  if (p.types.has("null")) branches.push([`b[i] === ${first.null}`, "nullLiteral(b, i, end)"]);
  if (p.types.has("boolean")) branches.push([`b[i] === ${first.true} || b[i] === ${first.false}`, "booleanLiteral(b, i, end)"]);
  if (p.types.has("string")) branches.push([`b[i] === ${first.quote}`, stringExpression(p, patternName, enumName)]);
  if (p.types.has("integer") || p.types.has("number")) {
    const bounded = p.min !== Number.NEGATIVE_INFINITY || p.max !== Number.POSITIVE_INFINITY;
    const range = (n: number) => (Number.isFinite(n) ? String(n) : n > 0 ? "Infinity" : "-Infinity");
    branches.push(["", bounded ? `integerIn(b, i, end, ${range(p.min)}, ${range(p.max)})` : "integer(b, i, end)"]);
  }
  if (branches.length === 0) return "-1";
  const last = branches.pop()!;
  return branches.reduceRight((rest, [when, scan]) => `${when} ? ${scan} : ${rest}`, last[1]);
}

function emitScanner(plan: FastPathPlan, patternName: (pattern: string) => string): string {
  const { schema, properties, required } = plan;
  const id = schema.exportName;
  const keys = `${id}_KEYS`;
  let mask = 0;
  properties.forEach((p, k) => {
    if (required.has(p.name)) mask |= 1 << k;
  });
  const enums: string[] = [];
  const cases: string[] = [];
  properties.forEach((p, k) => {
    const enumName = p.enumStrings && p.types.has("string") ? `${id}_ENUM_${k}` : undefined;
    if (enumName) enums.push(`const ${enumName} = ${asciiList(p.enumStrings!)};`);
    cases.push(`    case ${k}: // ${p.name}: ${describe(p)}`, `      return ${valueExpression(p, patternName, enumName)};`);
  });
  const table = properties.map((p, k) => ` *   ${k} ${commentSafe(p.name)}${required.has(p.name) ? " (required)" : ""}`);
  return [
    "/**",
    ` * \`components.schemas.${commentSafe(schema.name)}\`${schema.name === schema.exportName ? "" : ` (exported as ${id})`}: true only for a`,
    " * line that is one JSON object of these properties, each at most once:",
    ...table,
    " */",
    `const ${keys} = ${asciiList(properties.map((p) => p.name))};`,
    `/** Bit k set: property k is required. */`,
    `const ${id}_REQUIRED = 0x${(mask >>> 0).toString(16)};`,
    ...enums,
    "",
    `/** The value of property \`p\` at b[i] (i < end): the index just after it, or -1. */`,
    `function ${id}_value(b, i, end, p) {`,
    "  switch (p) {",
    ...cases,
    "  }",
    "  return -1;",
    "}",
    "",
    `export function scan${id}(b, start, end) {`,
    `  return scanObject(b, start, end, ${keys}, ${id}_REQUIRED, ${id}_value);`,
    "}",
  ].join("\n");
}

/** `fast-path.js` and its `.d.ts` for the validators package. */
export function emitFastPath(model: Model): EmittedFiles {
  const header = generatedHeader(model.source);
  const plans: FastPathPlan[] = [];
  const skipped: string[] = [];
  for (const entry of model.schemas) {
    const result = planFastPath(entry, model.validationSchemas[entry.name] ?? false);
    if ("plan" in result) plans.push(result.plan);
    else skipped.push(` *   ${commentSafe(`${entry.name}: ${result.reason}`)}`);
  }
  const patterns = new Map<string, string>();
  const patternName = (pattern: string) => {
    let name = patterns.get(pattern);
    if (!name) {
      name = `pattern${patterns.size}`;
      patterns.set(pattern, name);
    }
    return name;
  };
  // Schemas of the same shape (several are just `{ id, name }`) share one scanner.
  const byShape = new Map<string, string>();
  const scanners = plans.map((plan) => {
    const code = emitScanner(plan, patternName);
    const id = plan.schema.exportName;
    const shape = code.slice(code.indexOf(" */\n") + 4).replaceAll(id, "\0");
    const same = byShape.get(shape);
    if (same)
      return `/** \`components.schemas.${plan.schema.name}\` has the same properties as ${same}. */\nexport const scan${id} = scan${same};`;
    byShape.set(shape, id);
    return code;
  });
  const body = [...[...patterns].map(([pattern, name]) => `${compilePattern(pattern, name)}\n`), ...scanners.map((c) => `${c}\n`)].join(
    "\n",
  );
  const used = RUNTIME.filter((name) => new RegExp(`\\b${name}\\(`).test(body));
  const js = [
    header,
    "/**",
    " * NDJSON fast path: per component schema, a scanner `(bytes, start, end) => boolean`",
    " * over the raw UTF-8 bytes of one line. `true` means JSON.parse + the schema's",
    ' * validator would accept the line; `false` means "don\'t know", never "invalid":',
    " * the caller then takes the full path, which gives the verdict and the errors.",
    " * Which schemas get a scanner, and the JSON subset it reads, are explained in",
    " * tools/codegen/src/plugins/validators/fast-path.ts and src/runtime/fast-scan.ts.",
    " *",
    " * Schemas without a fast path:",
    ...skipped,
    " */",
    ...(used.length > 0 ? [`import { ${used.join(", ")} } from "../runtime/fast-scan.js";`, ""] : []),
    body,
    "/** Every scanner by exported name and by schema name, like `schemaValidators`. */",
    "export const fastPaths = {",
    ...plans.flatMap(({ schema: s }) =>
      s.exportName === s.name
        ? [`  ${JSON.stringify(s.exportName)}: scan${s.exportName},`]
        : [`  ${JSON.stringify(s.exportName)}: scan${s.exportName},`, `  ${JSON.stringify(s.name)}: scan${s.exportName},`],
    ),
    "};",
    "",
  ].join("\n");
  const dts = [
    header,
    "/** `true`: the line bytes[start, end) is valid; `false`: don't know (take the full path). */",
    "export type FastScanner = (bytes: Uint8Array, start: number, end: number) => boolean;",
    ...plans.map((p) => `export declare const scan${p.schema.exportName}: FastScanner;`),
    "export declare const fastPaths: Readonly<Record<string, FastScanner>>;",
    "",
  ].join("\n");
  return new Map([
    ["fast-path.js", js],
    ["fast-path.d.ts", dts],
  ]);
}

/** `[ascii("a"), ascii("b")]`, one element per line once it would pass 160 characters (diffable, no giant lines). */
function asciiList(values: readonly string[]): string {
  const items = values.map((v) => `ascii(${JSON.stringify(v)})`);
  const oneLine = `[${items.join(", ")}]`;
  return oneLine.length <= 160 ? oneLine : `[\n${items.map((i) => `  ${i},`).join("\n")}\n]`;
}

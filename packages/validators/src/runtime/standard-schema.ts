/**
 * Standard Schema v1 (https://standardschema.dev, `@standard-schema/spec` 1.1) over the compiled
 * validators, so tRPC, TanStack Form, Hono and the like accept them without an adapter.
 *
 * The interfaces are copied here, as the spec asks of implementers, instead of importing
 * `@standard-schema/spec`: the package then has no dependency for its declarations to name.
 * They are structurally identical, so `StandardSchemaV1.InferOutput<typeof ErpInvoiceSchema>`
 * from the real package resolves to `ErpInvoice`.
 */
import type { ValidationIssue, Validator } from "./result.js";

/** The Standard Typed interface: the base of Standard Schema and Standard JSON Schema. */
export interface StandardTypedV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardTypedV1.Props<Input, Output>;
}
export declare namespace StandardTypedV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly types?: Types<Input, Output> | undefined;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  type InferInput<Schema extends StandardTypedV1> = NonNullable<Schema["~standard"]["types"]>["input"];
  type InferOutput<Schema extends StandardTypedV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}

/** The Standard Schema v1 interface. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> extends StandardTypedV1.Props<Input, Output> {
    readonly validate: (value: unknown, options?: StandardSchemaV1.Options | undefined) => Result<Output> | Promise<Result<Output>>;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface Options {
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> extends StandardTypedV1.Types<Input, Output> {}
  type InferInput<Schema extends StandardTypedV1> = StandardTypedV1.InferInput<Schema>;
  type InferOutput<Schema extends StandardTypedV1> = StandardTypedV1.InferOutput<Schema>;
}

/** The Standard JSON Schema v1 interface. */
export interface StandardJSONSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardJSONSchemaV1.Props<Input, Output>;
}
export declare namespace StandardJSONSchemaV1 {
  interface Props<Input = unknown, Output = Input> extends StandardTypedV1.Props<Input, Output> {
    readonly jsonSchema: StandardJSONSchemaV1.Converter;
  }
  interface Converter {
    readonly input: (options: StandardJSONSchemaV1.Options) => Record<string, unknown>;
    readonly output: (options: StandardJSONSchemaV1.Options) => Record<string, unknown>;
  }
  type Target = "draft-2020-12" | "draft-07" | "openapi-3.0" | ({} & string);
  interface Options {
    readonly target: Target;
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  type InferInput<Schema extends StandardTypedV1> = StandardTypedV1.InferInput<Schema>;
  type InferOutput<Schema extends StandardTypedV1> = StandardTypedV1.InferOutput<Schema>;
}

/** A Standard Schema issue that keeps what the validators know: the JSON pointer and the failed keyword. */
export interface StandardIssue extends StandardSchemaV1.Issue {
  readonly path: ReadonlyArray<string | number>;
  /** RFC 6901 pointer to the offending value, as in `ValidationIssue.pointer`. */
  readonly pointer: string;
  readonly keyword: string;
}

export type StandardResult<T> = StandardSchemaV1.SuccessResult<T> | { readonly issues: ReadonlyArray<StandardIssue> };

/** The `~standard` property of a generated schema: both specs' props, with a narrower, synchronous `validate`. */
export interface GcoreStandardProps<T> extends StandardSchemaV1.Props<T, T>, StandardJSONSchemaV1.Props<T, T> {
  readonly vendor: "gcore-billing";
  readonly validate: (value: unknown, options?: StandardSchemaV1.Options | undefined) => StandardResult<T>;
}

/** What every generated `<Name>Schema` is: Standard Schema v1 and Standard JSON Schema v1 at once. */
export interface GcoreStandardSchema<T> extends StandardSchemaV1<T, T>, StandardJSONSchemaV1<T, T> {
  readonly "~standard": GcoreStandardProps<T>;
}

export type JsonSchemaObject = { readonly [keyword: string]: unknown };

/** Targets `~standard.jsonSchema` converts to; any other target throws, as the spec asks. */
export const JSON_SCHEMA_TARGETS = ["draft-2020-12", "draft-07", "openapi-3.0"] as const;

const unescapeToken = (token: string) => token.replace(/~1/g, "/").replace(/~0/g, "~");

/**
 * Path segments for a JSON pointer into `value`: numbers where the pointer steps into an array, so
 * `/items/0/name` is `["items", 0, "name"]` but a record key `"0"` stays a string.
 */
export function pointerToPath(pointer: string, value: unknown): (string | number)[] {
  if (pointer === "") return [];
  const path: (string | number)[] = [];
  let node: unknown = value;
  for (const raw of pointer.slice(1).split("/")) {
    const token = unescapeToken(raw);
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token)) {
      path.push(Number(token));
      node = node[Number(token)];
    } else {
      path.push(token);
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[token] : undefined;
    }
  }
  return path;
}

export function toStandardIssues(errors: readonly ValidationIssue[], value: unknown): StandardIssue[] {
  return errors.map((e) => ({ message: e.message, path: pointerToPath(e.pointer, value), pointer: e.pointer, keyword: e.keyword }));
}

/** Keywords draft-07 lacks; a schema that uses one cannot be expressed there. */
const NOT_IN_DRAFT_07 = [
  "prefixItems",
  "unevaluatedProperties",
  "unevaluatedItems",
  "dependentSchemas",
  "dependentRequired",
  "$dynamicRef",
];

type Rewrite = (node: Record<string, unknown>) => Record<string, unknown>;

function mapSchema(schema: unknown, rewrite: Rewrite): unknown {
  if (Array.isArray(schema)) return schema.map((s) => mapSchema(s, rewrite));
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(schema)) {
    // Keys under these are names or values, not keywords: walk into their schemas, keep the names.
    if ((key === "properties" || key === "$defs" || key === "patternProperties") && typeof child === "object" && child !== null) {
      out[key] = Object.fromEntries(Object.entries(child).map(([name, s]) => [name, mapSchema(s, rewrite)]));
    } else if (key === "enum" || key === "const" || key === "default" || key === "examples" || key === "required") {
      out[key] = child;
    } else {
      out[key] = mapSchema(child, rewrite);
    }
  }
  return rewrite(out);
}

/** OpenAPI 3.0's Schema Object: `nullable` instead of a `"null"` type, boolean exclusive bounds, no `const`. */
const toOpenApi30: Rewrite = (node) => {
  const out = { ...node };
  if (Array.isArray(out.type)) {
    const types = (out.type as string[]).filter((t) => t !== "null");
    if (types.length < out.type.length) out.nullable = true;
    if (types.length === 1) out.type = types[0];
    else if (types.length === 0) delete out.type;
    else throw new Error(`openapi-3.0 has no union type: ${JSON.stringify(out.type)}`);
  }
  if ("const" in out) {
    out.enum = [out.const];
    delete out.const;
  }
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof out[exclusive] === "number") {
      out[bound] = out[exclusive];
      out[exclusive] = true;
    }
  }
  if (Array.isArray(out.examples)) {
    if (out.examples.length > 0 && !("example" in out)) out.example = out.examples[0];
    delete out.examples;
  }
  return out;
};

const toDraft07: Rewrite = (node) => {
  for (const keyword of NOT_IN_DRAFT_07) {
    if (keyword in node) throw new Error(`draft-07 has no \`${keyword}\``);
  }
  const out = { ...node };
  if (typeof out.$ref === "string") out.$ref = out.$ref.replace(/^#\/\$defs\//, "#/definitions/");
  return out;
};

/**
 * The component's JSON Schema for `target`: the component at the root, every schema it
 * references (transitively) under `$defs` (`definitions` for draft-07), so it stands alone.
 * Always a fresh copy: a caller that edits it cannot change what the next caller gets.
 */
export function jsonSchemaFor(target: string, root: JsonSchemaObject, defs: Record<string, JsonSchemaObject>): Record<string, unknown> {
  const hasDefs = Object.keys(defs).length > 0;
  switch (target) {
    case "draft-2020-12":
      return structuredClone({ $schema: "https://json-schema.org/draft/2020-12/schema", ...root, ...(hasDefs ? { $defs: defs } : {}) });
    case "draft-07": {
      const converted = mapSchema({ ...root, ...(hasDefs ? { $defs: defs } : {}) }, toDraft07) as Record<string, unknown>;
      const { $defs, ...rest } = converted;
      return structuredClone({ $schema: "http://json-schema.org/draft-07/schema#", ...rest, ...($defs ? { definitions: $defs } : {}) });
    }
    case "openapi-3.0":
      // References stay local (`#/$defs/X`) so the result is one self-contained schema.
      return structuredClone(mapSchema({ ...root, ...(hasDefs ? { $defs: defs } : {}) }, toOpenApi30) as Record<string, unknown>);
    default:
      throw new Error(`unsupported JSON Schema target ${JSON.stringify(target)}; supported: ${JSON_SCHEMA_TARGETS.join(", ")}`);
  }
}

/**
 * Wraps a compiled validator as a Standard Schema. `definitions` returns the component's own
 * schema and those it references; it is called only when a JSON Schema is asked for.
 */
export function createStandardSchema<T>(
  validator: Validator<T>,
  definitions: () => { root: JsonSchemaObject; defs: Record<string, JsonSchemaObject> },
): GcoreStandardSchema<T> {
  const convert = (options: StandardJSONSchemaV1.Options) => {
    const { root, defs } = definitions();
    return jsonSchemaFor(options.target, root, defs);
  };
  return {
    "~standard": {
      version: 1,
      vendor: "gcore-billing",
      validate(value: unknown): StandardResult<T> {
        const result = validator.validate(value);
        return result.valid ? { value: result.value } : { issues: toStandardIssues(result.errors, value) };
      },
      // Input and output are the same: validation never transforms the value.
      jsonSchema: { input: convert, output: convert },
    },
  };
}

// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { createStandardSchema, type GcoreStandardSchema } from "../runtime/standard-schema.js";
import {
  foo_barValidator,
  FooBarValidator,
  pathValidator,
  PathValidator,
  Event_tui_prompt_appendValidator,
  EventTuiPromptAppendValidator,
  ModeValidator,
} from "./validators.js";

// JSON Schema 2020-12 of each component, as the validators check it. A `$ref` names another
// component under `$defs`, which `~standard.jsonSchema` fills with exactly the ones needed.

const foo_barJsonSchema = { "type": "object", "properties": { "a": { "type": "string" } } };

const FooBarJsonSchema = { "type": "object", "properties": { "b": { "type": "integer" } } };

const pathJsonSchema = { "type": "string" };

const PathJsonSchema = { "type": "integer" };

const Event_tui_prompt_appendJsonSchema = { "type": "object", "properties": { "text": { "type": "string" } } };

const EventTuiPromptAppendJsonSchema = { "type": "object", "properties": { "id": { "type": "integer" } } };

const ModeJsonSchema = {
  "type": "object",
  "properties": {
    "level_x": { "type": "string", "enum": ["a", "b"] },
    "levelX": { "type": "string", "enum": ["c", "d"] }
  }
};

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.foo_bar`. */
export const foo_barSchema: GcoreStandardSchema<T.foo_bar> = /* @__PURE__ */ createStandardSchema(foo_barValidator, () => ({
  root: foo_barJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.fooBar`. */
export const FooBarSchema: GcoreStandardSchema<T.FooBar> = /* @__PURE__ */ createStandardSchema(FooBarValidator, () => ({
  root: FooBarJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.path`. */
export const pathSchema: GcoreStandardSchema<T.path> = /* @__PURE__ */ createStandardSchema(pathValidator, () => ({
  root: pathJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Path`. */
export const PathSchema: GcoreStandardSchema<T.Path> = /* @__PURE__ */ createStandardSchema(PathValidator, () => ({
  root: PathJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Event.tui.prompt.append`. */
export const Event_tui_prompt_appendSchema: GcoreStandardSchema<T.Event_tui_prompt_append> = /* @__PURE__ */ createStandardSchema(Event_tui_prompt_appendValidator, () => ({
  root: Event_tui_prompt_appendJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.EventTuiPromptAppend`. */
export const EventTuiPromptAppendSchema: GcoreStandardSchema<T.EventTuiPromptAppend> = /* @__PURE__ */ createStandardSchema(EventTuiPromptAppendValidator, () => ({
  root: EventTuiPromptAppendJsonSchema,
  defs: {},
}));

/** Standard Schema v1 and Standard JSON Schema v1 for `components.schemas.Mode`. */
export const ModeSchema: GcoreStandardSchema<T.Mode> = /* @__PURE__ */ createStandardSchema(ModeValidator, () => ({
  root: ModeJsonSchema,
  defs: {},
}));

// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------

/**
 * NDJSON fast path: per component schema, a scanner `(bytes, start, end) => boolean`
 * over the raw UTF-8 bytes of one line. `true` means JSON.parse + the schema's
 * validator would accept the line; `false` means "don't know", never "invalid":
 * the caller then takes the full path, which gives the verdict and the errors.
 * Which schemas get a scanner, and the JSON subset it reads, are explained in
 * tools/codegen/src/plugins/validators/fast-path.ts and src/runtime/fast-scan.ts.
 *
 * Schemas without a fast path:
 *   path: type "string" instead of "object"
 *   Path: type "integer" instead of "object"
 */
import { ascii, integer, oneOf, plainString, scanObject } from "../runtime/fast-scan.js";

/**
 * `components.schemas.foo_bar`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 a
 */
const foo_bar_KEYS = [ascii("a")];
/** Bit k set: property k is required. */
const foo_bar_REQUIRED = 0x0;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function foo_bar_value(b, i, end, p) {
  switch (p) {
    case 0: // a: a string
      return plainString(b, i, end);
  }
  return -1;
}

export function scanfoo_bar(b, start, end) {
  return scanObject(b, start, end, foo_bar_KEYS, foo_bar_REQUIRED, foo_bar_value);
}

/**
 * `components.schemas.fooBar` (exported as FooBar): true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 b
 */
const FooBar_KEYS = [ascii("b")];
/** Bit k set: property k is required. */
const FooBar_REQUIRED = 0x0;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function FooBar_value(b, i, end, p) {
  switch (p) {
    case 0: // b: an integer
      return integer(b, i, end);
  }
  return -1;
}

export function scanFooBar(b, start, end) {
  return scanObject(b, start, end, FooBar_KEYS, FooBar_REQUIRED, FooBar_value);
}

/**
 * `components.schemas.Event.tui.prompt.append` (exported as Event_tui_prompt_append): true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 text
 */
const Event_tui_prompt_append_KEYS = [ascii("text")];
/** Bit k set: property k is required. */
const Event_tui_prompt_append_REQUIRED = 0x0;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function Event_tui_prompt_append_value(b, i, end, p) {
  switch (p) {
    case 0: // text: a string
      return plainString(b, i, end);
  }
  return -1;
}

export function scanEvent_tui_prompt_append(b, start, end) {
  return scanObject(b, start, end, Event_tui_prompt_append_KEYS, Event_tui_prompt_append_REQUIRED, Event_tui_prompt_append_value);
}

/**
 * `components.schemas.EventTuiPromptAppend`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id
 */
const EventTuiPromptAppend_KEYS = [ascii("id")];
/** Bit k set: property k is required. */
const EventTuiPromptAppend_REQUIRED = 0x0;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function EventTuiPromptAppend_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
  }
  return -1;
}

export function scanEventTuiPromptAppend(b, start, end) {
  return scanObject(b, start, end, EventTuiPromptAppend_KEYS, EventTuiPromptAppend_REQUIRED, EventTuiPromptAppend_value);
}

/**
 * `components.schemas.Mode`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 level_x
 *   1 levelX
 */
const Mode_KEYS = [ascii("level_x"), ascii("levelX")];
/** Bit k set: property k is required. */
const Mode_REQUIRED = 0x0;
const Mode_ENUM_0 = [ascii("a"), ascii("b")];
const Mode_ENUM_1 = [ascii("c"), ascii("d")];

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function Mode_value(b, i, end, p) {
  switch (p) {
    case 0: // level_x: one of "a", "b"
      return oneOf(b, i, end, Mode_ENUM_0);
    case 1: // levelX: one of "c", "d"
      return oneOf(b, i, end, Mode_ENUM_1);
  }
  return -1;
}

export function scanMode(b, start, end) {
  return scanObject(b, start, end, Mode_KEYS, Mode_REQUIRED, Mode_value);
}

/** Every scanner by exported name and by schema name, like `schemaValidators`. */
export const fastPaths = {
  "foo_bar": scanfoo_bar,
  "FooBar": scanFooBar,
  "fooBar": scanFooBar,
  "Event_tui_prompt_append": scanEvent_tui_prompt_append,
  "Event.tui.prompt.append": scanEvent_tui_prompt_append,
  "EventTuiPromptAppend": scanEventTuiPromptAppend,
  "Mode": scanMode,
};

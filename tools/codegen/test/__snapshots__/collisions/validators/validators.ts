// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { byName } from "../runtime/by-name.js";
import { type Validator, createValidator } from "../runtime/result.js";
import * as standalone from "./standalone.js";

/** Validates `components.schemas.foo_bar`. */
export const foo_barValidator: Validator<T.foo_bar> = createValidator("foo_bar", standalone.schema_foo_bar);
export const validatefoo_bar = foo_barValidator.validate;
export const isfoo_bar: (data: unknown) => data is T.foo_bar = foo_barValidator.is;
export const assertfoo_bar: (data: unknown) => asserts data is T.foo_bar = foo_barValidator.assert;

/** Validates `components.schemas.fooBar`. */
export const FooBarValidator: Validator<T.FooBar> = createValidator("FooBar", standalone.schema_FooBar);
export const validateFooBar = FooBarValidator.validate;
export const isFooBar: (data: unknown) => data is T.FooBar = FooBarValidator.is;
export const assertFooBar: (data: unknown) => asserts data is T.FooBar = FooBarValidator.assert;

/** Validates `components.schemas.path`. */
export const pathValidator: Validator<T.path> = createValidator("path", standalone.schema_path);
export const validatepath = pathValidator.validate;
export const ispath: (data: unknown) => data is T.path = pathValidator.is;
export const assertpath: (data: unknown) => asserts data is T.path = pathValidator.assert;

/** Validates `components.schemas.Path`. */
export const PathValidator: Validator<T.Path> = createValidator("Path", standalone.schema_Path);
export const validatePath = PathValidator.validate;
export const isPath: (data: unknown) => data is T.Path = PathValidator.is;
export const assertPath: (data: unknown) => asserts data is T.Path = PathValidator.assert;

/** Validates `components.schemas.Event.tui.prompt.append`. */
export const Event_tui_prompt_appendValidator: Validator<T.Event_tui_prompt_append> = createValidator("Event_tui_prompt_append", standalone.schema_Event_tui_prompt_append);
export const validateEvent_tui_prompt_append = Event_tui_prompt_appendValidator.validate;
export const isEvent_tui_prompt_append: (data: unknown) => data is T.Event_tui_prompt_append = Event_tui_prompt_appendValidator.is;
export const assertEvent_tui_prompt_append: (data: unknown) => asserts data is T.Event_tui_prompt_append = Event_tui_prompt_appendValidator.assert;

/** Validates `components.schemas.EventTuiPromptAppend`. */
export const EventTuiPromptAppendValidator: Validator<T.EventTuiPromptAppend> = createValidator("EventTuiPromptAppend", standalone.schema_EventTuiPromptAppend);
export const validateEventTuiPromptAppend = EventTuiPromptAppendValidator.validate;
export const isEventTuiPromptAppend: (data: unknown) => data is T.EventTuiPromptAppend = EventTuiPromptAppendValidator.is;
export const assertEventTuiPromptAppend: (data: unknown) => asserts data is T.EventTuiPromptAppend = EventTuiPromptAppendValidator.assert;

/** Validates `components.schemas.Mode`. */
export const ModeValidator: Validator<T.Mode> = createValidator("Mode", standalone.schema_Mode);
export const validateMode = ModeValidator.validate;
export const isMode: (data: unknown) => data is T.Mode = ModeValidator.is;
export const assertMode: (data: unknown) => asserts data is T.Mode = ModeValidator.assert;

/** Every component schema validator, by exported name (`ErpInvoice`) and by schema name (`ErpInvoiceExternal`). */
export const schemaValidators: Readonly<Record<string, Validator<unknown>>> = byName({
  "foo_bar": foo_barValidator,
  "FooBar": FooBarValidator,
  "fooBar": FooBarValidator,
  "path": pathValidator,
  "Path": PathValidator,
  "Event_tui_prompt_append": Event_tui_prompt_appendValidator,
  "Event.tui.prompt.append": Event_tui_prompt_appendValidator,
  "EventTuiPromptAppend": EventTuiPromptAppendValidator,
  "Mode": ModeValidator,
});

/** Success-response body validators: `responseValidators[operationId][status]`. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, Validator<unknown>>>>> = {
};

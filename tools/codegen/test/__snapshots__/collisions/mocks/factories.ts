// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------

import type * as T from "@gcore-billing/types";
import { type FakeOptions, fake, type MockContext, type Overrides } from "../runtime/context.js";

/** Builds `components.schemas.foo_bar`. */
export function buildfoo_bar(f: MockContext, overrides: Overrides<T.foo_bar> = {}): T.foo_bar {
  const value: T.foo_bar = {
    ...f.optional("a", () => f.string({ hint: "a" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.fooBar` (`FooBar`). */
export function buildFooBar(f: MockContext, overrides: Overrides<T.FooBar> = {}): T.FooBar {
  const value: T.FooBar = {
    ...f.optional("b", () => f.integer({ hint: "b" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.path`. */
export function buildpath(f: MockContext): T.path {
  return f.string() as T.path;
}

/** Builds `components.schemas.Path`. */
export function buildPath(f: MockContext): T.Path {
  return f.integer() as T.Path;
}

/** Builds `components.schemas.Event.tui.prompt.append` (`Event_tui_prompt_append`). */
export function buildEvent_tui_prompt_append(f: MockContext, overrides: Overrides<T.Event_tui_prompt_append> = {}): T.Event_tui_prompt_append {
  const value: T.Event_tui_prompt_append = {
    ...f.optional("text", () => f.string({ hint: "text" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.EventTuiPromptAppend`. */
export function buildEventTuiPromptAppend(f: MockContext, overrides: Overrides<T.EventTuiPromptAppend> = {}): T.EventTuiPromptAppend {
  const value: T.EventTuiPromptAppend = {
    ...f.optional("id", () => f.integer({ hint: "id" })),
  };
  Object.assign(value, overrides);
  return value;
}

/** Builds `components.schemas.Mode`. */
export function buildMode(f: MockContext, overrides: Overrides<T.Mode> = {}): T.Mode {
  const value: T.Mode = {
    ...f.optional("level_x", () => f.pick(["a","b"])),
    ...f.optional("levelX", () => f.pick(["c","d"])),
  };
  Object.assign(value, overrides);
  return value;
}

/** A `foo_bar` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakefoo_bar = (options?: FakeOptions<T.foo_bar>): T.foo_bar => fake<T.foo_bar>(options, buildfoo_bar);

/** A `FooBar` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeFooBar = (options?: FakeOptions<T.FooBar>): T.FooBar => fake<T.FooBar>(options, buildFooBar);

/** A `path` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakepath = (options?: FakeOptions<T.path>): T.path => fake<T.path>(options, buildpath);

/** A `Path` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakePath = (options?: FakeOptions<T.Path>): T.Path => fake<T.Path>(options, buildPath);

/** A `Event_tui_prompt_append` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeEvent_tui_prompt_append = (options?: FakeOptions<T.Event_tui_prompt_append>): T.Event_tui_prompt_append => fake<T.Event_tui_prompt_append>(options, buildEvent_tui_prompt_append);

/** A `EventTuiPromptAppend` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeEventTuiPromptAppend = (options?: FakeOptions<T.EventTuiPromptAppend>): T.EventTuiPromptAppend => fake<T.EventTuiPromptAppend>(options, buildEventTuiPromptAppend);

/** A `Mode` whose every value satisfies the spec; the same `seed` gives the same value. */
export const fakeMode = (options?: FakeOptions<T.Mode>): T.Mode => fake<T.Mode>(options, buildMode);

/** Every builder by schema name, for code that mocks by name (the MSW handlers). */
export const builders = {
  "foo_bar": buildfoo_bar,
  "fooBar": buildFooBar,
  "path": buildpath,
  "Path": buildPath,
  "Event.tui.prompt.append": buildEvent_tui_prompt_append,
  "EventTuiPromptAppend": buildEventTuiPromptAppend,
  "Mode": buildMode,
} as const;

// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: collisions.yaml (OpenAPI 3.1.0, info.version 1)
// sha256: 88c23a231e6844520a58e7956c2b6ab956c4c349f2e9162246ec593f5057dfd1
// ---------------------------------------------------------------------------

import type { components } from "./openapi.js";

/** `components["schemas"]["foo_bar"]` */
export type foo_bar = components["schemas"]["foo_bar"];
/** `components["schemas"]["fooBar"]` */
export type FooBar = components["schemas"]["fooBar"];
/** `components["schemas"]["path"]` */
export type path = components["schemas"]["path"];
/** `components["schemas"]["Path"]` */
export type Path = components["schemas"]["Path"];
/** `components["schemas"]["Event.tui.prompt.append"]` */
export type Event_tui_prompt_append = components["schemas"]["Event.tui.prompt.append"];
/** `components["schemas"]["EventTuiPromptAppend"]` */
export type EventTuiPromptAppend = components["schemas"]["EventTuiPromptAppend"];
/** `components["schemas"]["Mode"]` */
export type Mode = components["schemas"]["Mode"];

/** Values of `#/components/schemas/Mode/properties/level_x`. */
export const Mode_level_xValues = ["a","b"] as const;
export type Mode_level_x = (typeof Mode_level_xValues)[number];
/** Values of `#/components/schemas/Mode/properties/levelX`. */
export const ModeLevelXValues = ["c","d"] as const;
export type ModeLevelX = (typeof ModeLevelXValues)[number];

/** Component schema name -> exported name. */
export const schemaNames = {
  "foo_bar": "foo_bar",
  "fooBar": "FooBar",
  "path": "path",
  "Path": "Path",
  "Event.tui.prompt.append": "Event_tui_prompt_append",
  "EventTuiPromptAppend": "EventTuiPromptAppend",
  "Mode": "Mode"
} as const;

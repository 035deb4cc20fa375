import { plugin as client } from "./client/index.ts";
import { plugin as mocks } from "./mocks/index.ts";
import type { Plugin } from "./plugin.ts";
import { plugin as types } from "./types/index.ts";
import { plugin as validators } from "./validators/index.ts";

/** Every emitter, in the order they run. Register a new plugin here and nowhere else. */
export const PLUGINS = [types, validators, client, mocks] as const satisfies readonly Plugin[];

/**
 * Where the client reports: failures it gives up on and spec mismatches under
 * `validateResponses: "warn"` (`warn`), retries (`info`), and one line per attempt with method,
 * URL, status, attempt and duration (`debug`). `console` fits; lines never carry the API key.
 */
export interface Logger {
  error?(message: string): void;
  warn?(message: string): void;
  info?(message: string): void;
  debug?(message: string): void;
}

/** `off` silences everything; each level includes the ones before it. Default `warn`. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/** Keeps the methods at or above `level`, each line passed through `scrub` first. */
export function levelLogger(logger: Logger, level: LogLevel, scrub: (line: string) => string): Logger {
  const rank = LOG_LEVELS.indexOf(level);
  const out: Logger = {};
  for (const name of ["error", "warn", "info", "debug"] as const) {
    const method = logger[name];
    if (method && LOG_LEVELS.indexOf(name) <= rank) out[name] = (line) => method.call(logger, scrub(line));
  }
  return out;
}

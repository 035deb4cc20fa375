/**
 * Where the client reports retries (`info`) and spec mismatches under
 * `validateResponses: "warn"` (`warn`). `console` fits; lines never carry the API key or headers.
 */
export interface Logger {
  info?(message: string): void;
  warn?(message: string): void;
}

import type { SpecSource } from "../model.ts";

/** One header for every generated file; no timestamps, so regeneration is byte-stable. */
export function generatedHeader(source: SpecSource, comment: "//" | "#" = "//"): string {
  return [
    `${comment} ---------------------------------------------------------------------------`,
    `${comment} GENERATED FILE - DO NOT EDIT. Regenerate with \`pnpm generate\`.`,
    `${comment} Source: ${source.fileName} (OpenAPI ${source.openapi}, info.version ${source.version})`,
    `${comment} sha256: ${source.sha256}`,
    `${comment} ---------------------------------------------------------------------------`,
    "",
  ].join("\n");
}

export type { EmittedFiles } from "./plugin.ts";

/** `export const specVersion/specSha256`, shared by every package so consumers can tell what they run. */
export function emitSpecMeta(source: SpecSource): string {
  return `${generatedHeader(source)}
/** \`info.version\` of the OpenAPI document these sources were generated from. */
export const specVersion = ${JSON.stringify(source.version)};
/** sha256 of the OpenAPI document these sources were generated from. */
export const specSha256 = ${JSON.stringify(source.sha256)};
/** \`info.title\` of the OpenAPI document. */
export const specTitle = ${JSON.stringify(source.title)};
`;
}

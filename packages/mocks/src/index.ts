/** `@gcore-billing/mocks`: the factories, and MSW handlers for every operation of the API. */
export * from "./factories.js";
export { operations } from "./generated/operations.js";
export { csvDocument, pdfDocument, xlsxDocument } from "./runtime/files.js";
export {
  createHandlers,
  errorBody,
  type Fault,
  type GcoreErrorBody,
  type HandlerOptions,
  handlers,
  seedFor,
} from "./runtime/handlers.js";
export type { MockOperation, MockResponse } from "./runtime/operation.js";

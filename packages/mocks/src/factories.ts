/**
 * `@gcore-billing/mocks/factories`: the seeded factories alone, without MSW, for unit tests,
 * fixtures and database seeding.
 */
export * from "./generated/index.js";
export {
  type FakeOptions,
  fake,
  MockContext,
  MockOverrideError,
  type NumberSpec,
  type Overrides,
  type Seed,
  type StringSpec,
  seedKey,
} from "./runtime/context.js";
export { stringMatching } from "./runtime/pattern.js";

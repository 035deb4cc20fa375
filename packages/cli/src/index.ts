// The package is a command (`gcore-billing`); this entry tells programs which spec it
// validates against. Validation itself is in @gcore-billing/validators.
export { specSha256, specVersion } from "@gcore-billing/validators";

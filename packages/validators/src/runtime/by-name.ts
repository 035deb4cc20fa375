/**
 * A lookup table by name with no prototype: `table["constructor"]`,
 * `table["__proto__"]` or `table["toString"]` are undefined, not
 * Object.prototype's members, so a name typed by a user can be looked up
 * directly. Frozen, as the generated tables are constants.
 */
export function byName<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

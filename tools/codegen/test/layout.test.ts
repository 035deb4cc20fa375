import { describe, expect, it } from "vitest";
import { indentAndWrap, renameIdentifiers, topLevelStatements, WRAP_AT } from "../src/plugins/validators/layout.ts";

const names = new Map([
  ["validate12", "schema_Plan"],
  ["schema3", "schema_Plan_schema0"],
]);

describe("validators layout", () => {
  it("renames identifiers, never text inside strings or property names", () => {
    const code = `if(!validate12(data.validate12, {p:"validate12", q:'schema3', r:\`validate12\`})){x = schema3.enum; y = data. schema3;}`;
    expect(renameIdentifiers(code, names)).toBe(
      `if(!schema_Plan(data.validate12, {p:"validate12", q:'schema3', r:\`validate12\`})){x = schema_Plan_schema0.enum; y = data. schema3;}`,
    );
  });

  it("does not rename a longer identifier that starts with a mapped one, or one inside an escaped string", () => {
    const code = `validate123(a); "say \\"validate12\\" twice"; validate12(b);`;
    expect(renameIdentifiers(code, names)).toBe(`validate123(a); "say \\"validate12\\" twice"; schema_Plan(b);`);
  });

  it("splits top-level statements at newlines outside brackets and strings", () => {
    const code = 'const a = {x:\n1};\nfunction f(){\nreturn "}\\n";\n}\nexport const b = f;';
    expect(topLevelStatements(code)).toEqual(["const a = {x:\n1};", 'function f(){\nreturn "}\\n";\n}', "export const b = f;"]);
  });

  it("indents by bracket depth, ignoring brackets in strings", () => {
    expect(indentAndWrap('function f(){\nif(a === "{"){\nb();\n}\n}')).toBe('function f(){\n\tif(a === "{"){\n\t\tb();\n\t}\n}');
  });

  it("wraps long lines only after , || && outside strings, and the code means the same", () => {
    const values = Array.from({ length: 80 }, (_, i) => `"v${i},||&&"`);
    const line = `const ok = (x) => ${values.map((v) => `x === ${v}`).join(" || ")};`;
    const wrapped = indentAndWrap(line);
    const lines = wrapped.split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(WRAP_AT + 8);
    const run = (src: string) => new Function(`${src}; return [ok("v3,||&&"), ok("v79,||&&"), ok("v80,||&&"), ok("v3")];`)();
    expect(run(wrapped)).toEqual(run(line));
    expect(run(wrapped)).toEqual([true, true, false, false]);
  });

  it("leaves a string longer than the width whole", () => {
    const line = `const s = "${"x".repeat(WRAP_AT * 2)}";`;
    expect(indentAndWrap(line)).toBe(line);
  });
});

/**
 * Code blocks a README marks as runnable with `file=<name>` after the language (```js file=esm.mjs): the consumer test
 * writes them to those names and runs them, so the README shows exactly what was tested.
 */
export function readmeExamples(markdown: string, source: string): Map<string, string> {
  const examples = new Map<string, string>();
  const fence = /^```[\w-]*[ \t]+file=(\S+)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of markdown.matchAll(fence)) {
    const [, file, code] = match as unknown as [string, string, string];
    if (examples.has(file)) throw new Error(`${source}: two examples are marked file=${file}`);
    examples.set(file, code);
  }
  return examples;
}

/**
 * The bound: read the file, split the lines, JSON.parse each one, nothing
 * else. Decoding is `toString("utf8")` per chunk, as any NDJSON reader that
 * must accept UTF-8 does; lines are cut on the decoded string.
 *
 *   node bench/bound.mjs <file.ndjson>
 */
import { createReadStream } from "node:fs";

let records = 0;
let carry = "";
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  const text = carry + chunk.toString("utf8");
  let p = 0;
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", p)) {
    if (nl > p) {
      JSON.parse(text.slice(p, nl));
      records++;
    }
    p = nl + 1;
  }
  carry = text.slice(p);
}
if (carry.trim() !== "") {
  JSON.parse(carry);
  records++;
}
process.stdout.write(`${records}\n`);

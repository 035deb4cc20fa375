import { isAscii, isUtf8 } from "node:buffer";
import type { NdjsonTextCodec } from "@gcore-billing/validators";

/**
 * Node's SIMD checks in front of the decoder. Invoice exports are nearly
 * always pure ASCII: `isAscii` answers that at memory speed, and a latin1
 * copy (one byte per char, no UTF-8 state machine) is then an exact decode
 * at roughly twice the speed of `toString("utf8")`. Anything else goes
 * through the UTF-8 decoder with one `isUtf8` verdict for the whole chunk,
 * so a clean file never pays for per-line checks.
 */
export const nodeTextCodec: NdjsonTextCodec = {
  decode(bytes, start, end) {
    const buf = asBuffer(bytes);
    if (isAscii(buf.subarray(start, end))) return { text: buf.toString("latin1", start, end), ascii: true, valid: true };
    return { text: buf.toString("utf8", start, end), ascii: false, valid: isUtf8(buf.subarray(start, end)) };
  },
  isUtf8(bytes, start, end) {
    return isUtf8(asBuffer(bytes).subarray(start, end));
  },
};

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

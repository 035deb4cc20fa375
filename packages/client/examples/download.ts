// Save an invoice PDF to a file (Node), or read the stream yourself (any runtime).
// Run: GCORE_API_KEY=... npx tsx examples/download.ts 12345 invoice.pdf
import { createClient } from "@gcore-billing/client";
import { saveToFile } from "@gcore-billing/client/node";

const client = createClient();
const id = Number(process.argv[2] ?? 1);

const saved = await saveToFile(client.erpInvoices.download(id), process.argv[3] ?? `invoice-${id}.pdf`);
console.log(`wrote ${saved.bytes} bytes (${saved.contentType}) to ${saved.path}`);

// Without the Node helper: a web ReadableStream, e.g. to hand to a browser download.
const { body, contentType } = await client.erpInvoices.download(id);
const blob = await new Response(body).blob();
console.log(contentType, blob.size);

// Hono's @hono/standard-validator with the generated Standard Schema as the JSON body validator.
import { readFile } from "node:fs/promises";
import { ErpInvoiceSchema } from "@gcore-billing/validators";
import { sValidator } from "@hono/standard-validator";
import { Hono } from "hono";

const app = new Hono().post("/invoices", sValidator("json", ErpInvoiceSchema), (c) => {
  const invoice = c.req.valid("json");
  return c.json({ stored: invoice.name, total: invoice.amount_total }, 201);
});

const invoice = JSON.parse(await readFile("invoice.json", "utf8"));
const post = (body) =>
  app.request("/invoices", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const good = await post(invoice);
console.log(good.status, JSON.stringify(await good.json()));
const bad = await post({ ...invoice, payment_state: "refunded" });
const { error } = await bad.json();
console.log(bad.status, error.map((i) => `${i.path.join(".")} ${i.message}`).join("; "));

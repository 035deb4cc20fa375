// A tRPC 11 procedure whose input parser is the generated Standard Schema: no adapter.
import { readFile } from "node:fs/promises";
import { ErpInvoiceSchema } from "@gcore-billing/validators";
import { initTRPC, TRPCError } from "@trpc/server";

const t = initTRPC.create();
const router = t.router({
  record: t.procedure.input(ErpInvoiceSchema).mutation(({ input }) => `recorded ${input.name} ${input.amount_total}`),
});
const caller = t.createCallerFactory(router)({});

const invoice = JSON.parse(await readFile("invoice.json", "utf8"));
console.log(await caller.record(invoice));
try {
  await caller.record({ ...invoice, client_id: "1001", amount_total: "120" });
  console.log("invalid invoice accepted");
} catch (error) {
  if (!(error instanceof TRPCError)) throw error;
  const issues = error.cause?.issues ?? [];
  console.log(`${error.code}: ${issues.map((i) => `${i.path.join(".")} (${i.keyword})`).join(", ")}`);
}

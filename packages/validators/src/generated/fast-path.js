// ---------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: billing_reseller_api.yaml (OpenAPI 3.1.0, info.version cbaae10272d2)
// sha256: 330f0f13d179ff476d2dbdd800643fe1d78c5653b1d30870403387c41a2c1e1b
// ---------------------------------------------------------------------------

/**
 * NDJSON fast path: per component schema, a scanner `(bytes, start, end) => boolean`
 * over the raw UTF-8 bytes of one line. `true` means JSON.parse + the schema's
 * validator would accept the line; `false` means "don't know", never "invalid":
 * the caller then takes the full path, which gives the verdict and the errors.
 * Which schemas get a scanner, and the JSON subset it reads, are explained in
 * tools/codegen/src/plugins/validators/fast-path.ts and src/runtime/fast-scan.ts.
 *
 * Schemas without a fast path:
 *   AddendumCommonShort: property active_range: keyword allOf
 *   AddendumForOrgSerializerV1: property client: keyword allOf
 *   ExpenseForOrgSerializerV1: property client: keyword allOf
 *   FileTask: property uuid: format "uuid" has no byte-level check
 *   OrgReportTaskRequest: property parameters: keyword properties
 *   PaginatedAddendumForOrgSerializerV1List: property next: format "uri" has no byte-level check
 *   PaginatedCalcRuleList: property next: format "uri" has no byte-level check
 *   PaginatedCurrencyForOrgList: property next: format "uri" has no byte-level check
 *   PaginatedErpInvoiceExternalList: property next: format "uri" has no byte-level check
 *   PaginatedExpenseForOrgSerializerV1List: property next: format "uri" has no byte-level check
 *   PaginatedFileTaskList: property next: format "uri" has no byte-level check
 *   PaginatedPlanContentForOrgSerializerV1List: property next: format "uri" has no byte-level check
 *   PaginatedProductForOrgList: property next: format "uri" has no byte-level check
 *   PaginatedTemplateList: property next: format "uri" has no byte-level check
 *   PaginatedTrialForOrgSerializerV1List: property next: format "uri" has no byte-level check
 *   PlanContentForOrgSerializerV1: property feature: keyword allOf
 *   PriceCommonShort: property currency: keyword allOf
 *   RoundingRuleCommon: property unit: keyword allOf
 *   Template: property parameters: keyword properties
 *   TrialForOrgSerializerV1: property client: keyword allOf
 *   TrialOptionForOrgSerializerV1: property unit: keyword allOf
 */
import { ascii, booleanLiteral, dateString, dateTimeString, integer, integerIn, nullLiteral, oneOf, plainString, scanObject, withLength } from "../runtime/fast-scan.js";

/** A string matching `^[A-Z]{3}$`, matched possessively: what it accepts matches; a match that needs backtracking is missed ("don't know"). */
function pattern0(b, i, end) {
  let n0;
  // Matched in place: no byte the pattern accepts is a quote, so the string must end where the match does.
  if (i >= end || b[i] !== 0x22) return -1;
  i++;
  // [A-Z]{3}
  if (end - i < 3) return -1;
  for (n0 = 0; n0 < 3; n0++, i++) if (!(b[i] >= 0x41 && b[i] <= 0x5a)) return -1;
  return i < end && b[i] === 0x22 ? i + 1 : -1;
}

/** A string matching `^-?\d{0,24}(?:\.\d{0,12})?$`, matched possessively: what it accepts matches; a match that needs backtracking is missed ("don't know"). */
function pattern1(b, i, end) {
  let n0, n1;
  // Matched in place: no byte the pattern accepts is a quote, so the string must end where the match does.
  if (i >= end || b[i] !== 0x22) return -1;
  i++;
  // -?
  for (n0 = 0; n0 < 1 && i < end && (b[i] === 0x2d); n0++) i++;
  // \d{0,24}
  for (n0 = 0; n0 < 24 && i < end && (b[i] >= 0x30 && b[i] <= 0x39); n0++) i++;
  // (?:\.\d{0,12})?
  for (n0 = 0; n0 < 1; n0++) {
    const from0 = i;
    group0: {
      // \.
      if (i >= end || !(b[i] === 0x2e)) { i = from0; break group0; }
      i++;
      // \d{0,12}
      for (n1 = 0; n1 < 12 && i < end && (b[i] >= 0x30 && b[i] <= 0x39); n1++) i++;
      // An empty repetition would repeat forever; stop.
      if (i === from0) break;
      continue;
    }
    break;
  }
  return i < end && b[i] === 0x22 ? i + 1 : -1;
}

/** A string matching `^\d{1,3}\.\d{12}$`, matched possessively: what it accepts matches; a match that needs backtracking is missed ("don't know"). */
function pattern2(b, i, end) {
  let n0;
  // Matched in place: no byte the pattern accepts is a quote, so the string must end where the match does.
  if (i >= end || b[i] !== 0x22) return -1;
  i++;
  // \d{1,3}
  for (n0 = 0; n0 < 3 && i < end && (b[i] >= 0x30 && b[i] <= 0x39); n0++) i++;
  if (n0 < 1) return -1;
  // \.
  if (i >= end || !(b[i] === 0x2e)) return -1;
  i++;
  // \d{12}
  if (end - i < 12) return -1;
  for (n0 = 0; n0 < 12; n0++, i++) if (!(b[i] >= 0x30 && b[i] <= 0x39)) return -1;
  return i < end && b[i] === 0x22 ? i + 1 : -1;
}

/**
 * `components.schemas.AdminPlanItemCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 default (required)
 *   2 comment
 *   3 description
 */
const AdminPlanItemCommonShort_KEYS = [ascii("id"), ascii("default"), ascii("comment"), ascii("description")];
/** Bit k set: property k is required. */
const AdminPlanItemCommonShort_REQUIRED = 0x3;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function AdminPlanItemCommonShort_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // default: true or false
      return booleanLiteral(b, i, end);
    case 2: // comment: a string, length <= 1000, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : withLength(i, plainString(b, i, end), 0, 1000);
    case 3: // description: a string, length <= 1000, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : withLength(i, plainString(b, i, end), 0, 1000);
  }
  return -1;
}

export function scanAdminPlanItemCommonShort(b, start, end) {
  return scanObject(b, start, end, AdminPlanItemCommonShort_KEYS, AdminPlanItemCommonShort_REQUIRED, AdminPlanItemCommonShort_value);
}

/**
 * `components.schemas.CalcRule`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name (required)
 *   2 rule_type (required)
 */
const CalcRule_KEYS = [ascii("id"), ascii("name"), ascii("rule_type")];
/** Bit k set: property k is required. */
const CalcRule_REQUIRED = 0x7;
const CalcRule_ENUM_2 = [ascii("commit"), ascii("overcommit"), ascii("stepped"), ascii("staged"), ascii("commit_hourly")];

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function CalcRule_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // name: a string
      return plainString(b, i, end);
    case 2: // rule_type: one of "commit", "overcommit", "stepped", "staged", "commit_hourly"
      return oneOf(b, i, end, CalcRule_ENUM_2);
  }
  return -1;
}

export function scanCalcRule(b, start, end) {
  return scanObject(b, start, end, CalcRule_KEYS, CalcRule_REQUIRED, CalcRule_value);
}

/**
 * `components.schemas.CurrencyCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 char_code (required)
 *   2 symbol
 */
const CurrencyCommonShort_KEYS = [ascii("id"), ascii("char_code"), ascii("symbol")];
/** Bit k set: property k is required. */
const CurrencyCommonShort_REQUIRED = 0x3;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function CurrencyCommonShort_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // char_code: a string matching ^[A-Z]{3}$, length <= 3
      return withLength(i, pattern0(b, i, end), 0, 3);
    case 2: // symbol: a string, length <= 10, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : withLength(i, plainString(b, i, end), 0, 10);
  }
  return -1;
}

export function scanCurrencyCommonShort(b, start, end) {
  return scanObject(b, start, end, CurrencyCommonShort_KEYS, CurrencyCommonShort_REQUIRED, CurrencyCommonShort_value);
}

/**
 * `components.schemas.CurrencyForOrg`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 char_code (required)
 *   2 number_code
 *   3 name_en (required)
 *   4 symbol
 */
const CurrencyForOrg_KEYS = [ascii("id"), ascii("char_code"), ascii("number_code"), ascii("name_en"), ascii("symbol")];
/** Bit k set: property k is required. */
const CurrencyForOrg_REQUIRED = 0xb;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function CurrencyForOrg_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // char_code: a string matching ^[A-Z]{3}$, length <= 3
      return withLength(i, pattern0(b, i, end), 0, 3);
    case 2: // number_code: an integer in [-2147483648, 2147483647], or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : integerIn(b, i, end, -2147483648, 2147483647);
    case 3: // name_en: a string, length <= 255
      return withLength(i, plainString(b, i, end), 0, 255);
    case 4: // symbol: a string, length <= 10, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : withLength(i, plainString(b, i, end), 0, 10);
  }
  return -1;
}

export function scanCurrencyForOrg(b, start, end) {
  return scanObject(b, start, end, CurrencyForOrg_KEYS, CurrencyForOrg_REQUIRED, CurrencyForOrg_value);
}

/**
 * `components.schemas.CustomerCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 company_name (required)
 */
const CustomerCommonShort_KEYS = [ascii("id"), ascii("company_name")];
/** Bit k set: property k is required. */
const CustomerCommonShort_REQUIRED = 0x3;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function CustomerCommonShort_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer in [1, Infinity]
      return integerIn(b, i, end, 1, Infinity);
    case 1: // company_name: a string, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : plainString(b, i, end);
  }
  return -1;
}

export function scanCustomerCommonShort(b, start, end) {
  return scanObject(b, start, end, CustomerCommonShort_KEYS, CustomerCommonShort_REQUIRED, CustomerCommonShort_value);
}

/**
 * `components.schemas.CustomerPayerCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 company_name (required)
 */
const CustomerPayerCommonShort_KEYS = [ascii("id"), ascii("company_name")];
/** Bit k set: property k is required. */
const CustomerPayerCommonShort_REQUIRED = 0x3;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function CustomerPayerCommonShort_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // company_name: a string
      return plainString(b, i, end);
  }
  return -1;
}

export function scanCustomerPayerCommonShort(b, start, end) {
  return scanObject(b, start, end, CustomerPayerCommonShort_KEYS, CustomerPayerCommonShort_REQUIRED, CustomerPayerCommonShort_value);
}

/**
 * `components.schemas.DateTimeTZRange`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 start
 *   1 end
 */
const DateTimeTZRange_KEYS = [ascii("start"), ascii("end")];
/** Bit k set: property k is required. */
const DateTimeTZRange_REQUIRED = 0x0;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function DateTimeTZRange_value(b, i, end, p) {
  switch (p) {
    case 0: // start: a string (format date-time), or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : dateTimeString(b, i, end);
    case 1: // end: a string (format date-time), or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : dateTimeString(b, i, end);
  }
  return -1;
}

export function scanDateTimeTZRange(b, start, end) {
  return scanObject(b, start, end, DateTimeTZRange_KEYS, DateTimeTZRange_REQUIRED, DateTimeTZRange_value);
}

/**
 * `components.schemas.DiscountCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 relative_value (required)
 *   2 comment
 */
const DiscountCommonShort_KEYS = [ascii("id"), ascii("relative_value"), ascii("comment")];
/** Bit k set: property k is required. */
const DiscountCommonShort_REQUIRED = 0x3;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function DiscountCommonShort_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // relative_value: a string matching ^-?\d{0,24}(?:\.\d{0,12})?$
      return pattern1(b, i, end);
    case 2: // comment: a string, length <= 1000, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : withLength(i, plainString(b, i, end), 0, 1000);
  }
  return -1;
}

export function scanDiscountCommonShort(b, start, end) {
  return scanObject(b, start, end, DiscountCommonShort_KEYS, DiscountCommonShort_REQUIRED, DiscountCommonShort_value);
}

/**
 * `components.schemas.ErpInvoiceExternal` (exported as ErpInvoice): true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name (required)
 *   2 move_type (required)
 *   3 currency (required)
 *   4 invoice_date (required)
 *   5 invoice_date_due (required)
 *   6 billing_period_from (required)
 *   7 billing_period_to (required)
 *   8 amount_untaxed (required)
 *   9 amount_tax (required)
 *   10 amount_total (required)
 *   11 payment_state (required)
 *   12 client_id (required)
 *   13 payer_id (required)
 *   14 invoice_id (required)
 *   15 created_at (required)
 *   16 updated_at (required)
 */
const ErpInvoice_KEYS = [
  ascii("id"),
  ascii("name"),
  ascii("move_type"),
  ascii("currency"),
  ascii("invoice_date"),
  ascii("invoice_date_due"),
  ascii("billing_period_from"),
  ascii("billing_period_to"),
  ascii("amount_untaxed"),
  ascii("amount_tax"),
  ascii("amount_total"),
  ascii("payment_state"),
  ascii("client_id"),
  ascii("payer_id"),
  ascii("invoice_id"),
  ascii("created_at"),
  ascii("updated_at"),
];
/** Bit k set: property k is required. */
const ErpInvoice_REQUIRED = 0x1ffff;
const ErpInvoice_ENUM_2 = [ascii("out_invoice"), ascii("out_refund")];
const ErpInvoice_ENUM_11 = [ascii("not_paid"), ascii("paid"), ascii("partial"), ascii("reversed"), ascii("in_payment")];

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function ErpInvoice_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // name: a string
      return plainString(b, i, end);
    case 2: // move_type: one of "out_invoice", "out_refund"
      return oneOf(b, i, end, ErpInvoice_ENUM_2);
    case 3: // currency: a string
      return plainString(b, i, end);
    case 4: // invoice_date: a string (format date), or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : dateString(b, i, end);
    case 5: // invoice_date_due: a string (format date), or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : dateString(b, i, end);
    case 6: // billing_period_from: a string (format date), or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : dateString(b, i, end);
    case 7: // billing_period_to: a string (format date), or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : dateString(b, i, end);
    case 8: // amount_untaxed: a string matching ^\d{1,3}\.\d{12}$
      return pattern2(b, i, end);
    case 9: // amount_tax: a string matching ^\d{1,3}\.\d{12}$
      return pattern2(b, i, end);
    case 10: // amount_total: a string matching ^\d{1,3}\.\d{12}$
      return pattern2(b, i, end);
    case 11: // payment_state: one of "not_paid", "paid", "partial", "reversed", "in_payment"
      return oneOf(b, i, end, ErpInvoice_ENUM_11);
    case 12: // client_id: an integer in [-2147483648, 2147483647]
      return integerIn(b, i, end, -2147483648, 2147483647);
    case 13: // payer_id: an integer
      return integer(b, i, end);
    case 14: // invoice_id: an integer, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : integer(b, i, end);
    case 15: // created_at: a string (format date-time)
      return dateTimeString(b, i, end);
    case 16: // updated_at: a string (format date-time)
      return dateTimeString(b, i, end);
  }
  return -1;
}

export function scanErpInvoice(b, start, end) {
  return scanObject(b, start, end, ErpInvoice_KEYS, ErpInvoice_REQUIRED, ErpInvoice_value);
}

/**
 * `components.schemas.FeatureCommonExternal`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name (required)
 */
const FeatureCommonExternal_KEYS = [ascii("id"), ascii("name")];
/** Bit k set: property k is required. */
const FeatureCommonExternal_REQUIRED = 0x3;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function FeatureCommonExternal_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // name: a string
      return plainString(b, i, end);
  }
  return -1;
}

export function scanFeatureCommonExternal(b, start, end) {
  return scanObject(b, start, end, FeatureCommonExternal_KEYS, FeatureCommonExternal_REQUIRED, FeatureCommonExternal_value);
}

/**
 * `components.schemas.FeatureCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name (required)
 *   2 erp_sku_id (required)
 */
const FeatureCommonShort_KEYS = [ascii("id"), ascii("name"), ascii("erp_sku_id")];
/** Bit k set: property k is required. */
const FeatureCommonShort_REQUIRED = 0x7;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function FeatureCommonShort_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // name: a string
      return plainString(b, i, end);
    case 2: // erp_sku_id: a string, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : plainString(b, i, end);
  }
  return -1;
}

export function scanFeatureCommonShort(b, start, end) {
  return scanObject(b, start, end, FeatureCommonShort_KEYS, FeatureCommonShort_REQUIRED, FeatureCommonShort_value);
}

/**
 * `components.schemas.InvoiceItemIDsShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 invoice_id (required)
 *   1 invoice_date (required)
 *   2 invoice_item_id (required)
 */
const InvoiceItemIDsShort_KEYS = [ascii("invoice_id"), ascii("invoice_date"), ascii("invoice_item_id")];
/** Bit k set: property k is required. */
const InvoiceItemIDsShort_REQUIRED = 0x7;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function InvoiceItemIDsShort_value(b, i, end, p) {
  switch (p) {
    case 0: // invoice_id: an integer
      return integer(b, i, end);
    case 1: // invoice_date: a string (format date)
      return dateString(b, i, end);
    case 2: // invoice_item_id: an integer
      return integer(b, i, end);
  }
  return -1;
}

export function scanInvoiceItemIDsShort(b, start, end) {
  return scanObject(b, start, end, InvoiceItemIDsShort_KEYS, InvoiceItemIDsShort_REQUIRED, InvoiceItemIDsShort_value);
}

/**
 * `components.schemas.PatchedTrialUpdateForOrgSerializerV1Request`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 days_limit
 *   1 CDN_TRIAL_TRAFFIC_LIMIT
 *   2 DDOS_TRIAL_RESOURCE_LIMIT
 *   3 DNS_REQUEST_COUNT_COMMIT
 *   4 GCLAW_INPUT_TOKENS
 *   5 GCLAW_OUTPUT_TOKENS
 *   6 STORAGE_TRIAL_CAPACITY_LIMIT
 *   7 STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN
 *   8 STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN
 *   9 STREAMING_TRIAL_STREAMS_LIMIT
 *   10 TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT
 *   11 TRIAL_STREAMING_VOD
 *   12 WAAP_TRIAL_DOMAINS_LIMIT
 *   13 WAAP_TRIAL_REQUESTS_LIMIT
 *   14 WAAP_TRIAL_VOLUME_LIMIT
 */
const PatchedTrialUpdateForOrgSerializerV1Request_KEYS = [
  ascii("days_limit"),
  ascii("CDN_TRIAL_TRAFFIC_LIMIT"),
  ascii("DDOS_TRIAL_RESOURCE_LIMIT"),
  ascii("DNS_REQUEST_COUNT_COMMIT"),
  ascii("GCLAW_INPUT_TOKENS"),
  ascii("GCLAW_OUTPUT_TOKENS"),
  ascii("STORAGE_TRIAL_CAPACITY_LIMIT"),
  ascii("STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN"),
  ascii("STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN"),
  ascii("STREAMING_TRIAL_STREAMS_LIMIT"),
  ascii("TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT"),
  ascii("TRIAL_STREAMING_VOD"),
  ascii("WAAP_TRIAL_DOMAINS_LIMIT"),
  ascii("WAAP_TRIAL_REQUESTS_LIMIT"),
  ascii("WAAP_TRIAL_VOLUME_LIMIT"),
];
/** Bit k set: property k is required. */
const PatchedTrialUpdateForOrgSerializerV1Request_REQUIRED = 0x0;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function PatchedTrialUpdateForOrgSerializerV1Request_value(b, i, end, p) {
  switch (p) {
    case 0: // days_limit: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 1: // CDN_TRIAL_TRAFFIC_LIMIT: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 2: // DDOS_TRIAL_RESOURCE_LIMIT: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 3: // DNS_REQUEST_COUNT_COMMIT: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 4: // GCLAW_INPUT_TOKENS: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 5: // GCLAW_OUTPUT_TOKENS: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 6: // STORAGE_TRIAL_CAPACITY_LIMIT: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 7: // STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 8: // STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 9: // STREAMING_TRIAL_STREAMS_LIMIT: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 10: // TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 11: // TRIAL_STREAMING_VOD: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 12: // WAAP_TRIAL_DOMAINS_LIMIT: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 13: // WAAP_TRIAL_REQUESTS_LIMIT: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
    case 14: // WAAP_TRIAL_VOLUME_LIMIT: an integer in [0, 2147483647]
      return integerIn(b, i, end, 0, 2147483647);
  }
  return -1;
}

export function scanPatchedTrialUpdateForOrgSerializerV1Request(b, start, end) {
  return scanObject(b, start, end, PatchedTrialUpdateForOrgSerializerV1Request_KEYS, PatchedTrialUpdateForOrgSerializerV1Request_REQUIRED, PatchedTrialUpdateForOrgSerializerV1Request_value);
}

/** `components.schemas.PlanCommonShort` has the same properties as FeatureCommonExternal. */
export const scanPlanCommonShort = scanFeatureCommonExternal;

/**
 * `components.schemas.PriceStageCommon`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 money_value (required)
 *   1 threshold (required)
 */
const PriceStageCommon_KEYS = [ascii("money_value"), ascii("threshold")];
/** Bit k set: property k is required. */
const PriceStageCommon_REQUIRED = 0x3;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function PriceStageCommon_value(b, i, end, p) {
  switch (p) {
    case 0: // money_value: a string matching ^\d{1,3}\.\d{12}$
      return pattern2(b, i, end);
    case 1: // threshold: a string matching ^-?\d{0,24}(?:\.\d{0,12})?$
      return pattern1(b, i, end);
  }
  return -1;
}

export function scanPriceStageCommon(b, start, end) {
  return scanObject(b, start, end, PriceStageCommon_KEYS, PriceStageCommon_REQUIRED, PriceStageCommon_value);
}

/**
 * `components.schemas.ProductCategoryCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name (required)
 */
const ProductCategoryCommonShort_KEYS = [ascii("id"), ascii("name")];
/** Bit k set: property k is required. */
const ProductCategoryCommonShort_REQUIRED = 0x3;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function ProductCategoryCommonShort_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // name: a string, length <= 255
      return withLength(i, plainString(b, i, end), 0, 255);
  }
  return -1;
}

export function scanProductCategoryCommonShort(b, start, end) {
  return scanObject(b, start, end, ProductCategoryCommonShort_KEYS, ProductCategoryCommonShort_REQUIRED, ProductCategoryCommonShort_value);
}

/**
 * `components.schemas.ProductCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name (required)
 *   2 internal_name (required)
 */
const ProductCommonShort_KEYS = [ascii("id"), ascii("name"), ascii("internal_name")];
/** Bit k set: property k is required. */
const ProductCommonShort_REQUIRED = 0x7;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function ProductCommonShort_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // name: a string
      return plainString(b, i, end);
    case 2: // internal_name: a string, length <= 25
      return withLength(i, plainString(b, i, end), 0, 25);
  }
  return -1;
}

export function scanProductCommonShort(b, start, end) {
  return scanObject(b, start, end, ProductCommonShort_KEYS, ProductCommonShort_REQUIRED, ProductCommonShort_value);
}

/**
 * `components.schemas.ProductForOrg`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name_en (required)
 *   2 internal_name (required)
 *   3 archive
 */
const ProductForOrg_KEYS = [ascii("id"), ascii("name_en"), ascii("internal_name"), ascii("archive")];
/** Bit k set: property k is required. */
const ProductForOrg_REQUIRED = 0x7;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function ProductForOrg_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // name_en: a string, length <= 255
      return withLength(i, plainString(b, i, end), 0, 255);
    case 2: // internal_name: a string, length <= 25
      return withLength(i, plainString(b, i, end), 0, 25);
    case 3: // archive: true or false
      return booleanLiteral(b, i, end);
  }
  return -1;
}

export function scanProductForOrg(b, start, end) {
  return scanObject(b, start, end, ProductForOrg_KEYS, ProductForOrg_REQUIRED, ProductForOrg_value);
}

/**
 * `components.schemas.StatisticRegionCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name (required)
 *   2 external_name (required)
 */
const StatisticRegionCommonShort_KEYS = [ascii("id"), ascii("name"), ascii("external_name")];
/** Bit k set: property k is required. */
const StatisticRegionCommonShort_REQUIRED = 0x7;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function StatisticRegionCommonShort_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer
      return integer(b, i, end);
    case 1: // name: a string
      return plainString(b, i, end);
    case 2: // external_name: a string
      return plainString(b, i, end);
  }
  return -1;
}

export function scanStatisticRegionCommonShort(b, start, end) {
  return scanObject(b, start, end, StatisticRegionCommonShort_KEYS, StatisticRegionCommonShort_REQUIRED, StatisticRegionCommonShort_value);
}

/**
 * `components.schemas.UnitCommon`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name (required)
 *   2 internal_name (required)
 */
const UnitCommon_KEYS = [ascii("id"), ascii("name"), ascii("internal_name")];
/** Bit k set: property k is required. */
const UnitCommon_REQUIRED = 0x7;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function UnitCommon_value(b, i, end, p) {
  switch (p) {
    case 0: // id: an integer in [1, Infinity]
      return integerIn(b, i, end, 1, Infinity);
    case 1: // name: a string
      return plainString(b, i, end);
    case 2: // internal_name: a string
      return plainString(b, i, end);
  }
  return -1;
}

export function scanUnitCommon(b, start, end) {
  return scanObject(b, start, end, UnitCommon_KEYS, UnitCommon_REQUIRED, UnitCommon_value);
}

/**
 * `components.schemas.Usage`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 amount (required)
 *   1 unit_name (required)
 */
const Usage_KEYS = [ascii("amount"), ascii("unit_name")];
/** Bit k set: property k is required. */
const Usage_REQUIRED = 0x3;

/** The value of property `p` at b[i] (i < end): the index just after it, or -1. */
function Usage_value(b, i, end, p) {
  switch (p) {
    case 0: // amount: a string matching ^\d{1,3}\.\d{12}$
      return pattern2(b, i, end);
    case 1: // unit_name: a string, or null
      return b[i] === 0x6e /* n */ ? nullLiteral(b, i, end) : plainString(b, i, end);
  }
  return -1;
}

export function scanUsage(b, start, end) {
  return scanObject(b, start, end, Usage_KEYS, Usage_REQUIRED, Usage_value);
}

/** Every scanner by exported name and by schema name, like `schemaValidators`. */
export const fastPaths = {
  "AdminPlanItemCommonShort": scanAdminPlanItemCommonShort,
  "CalcRule": scanCalcRule,
  "CurrencyCommonShort": scanCurrencyCommonShort,
  "CurrencyForOrg": scanCurrencyForOrg,
  "CustomerCommonShort": scanCustomerCommonShort,
  "CustomerPayerCommonShort": scanCustomerPayerCommonShort,
  "DateTimeTZRange": scanDateTimeTZRange,
  "DiscountCommonShort": scanDiscountCommonShort,
  "ErpInvoice": scanErpInvoice,
  "ErpInvoiceExternal": scanErpInvoice,
  "FeatureCommonExternal": scanFeatureCommonExternal,
  "FeatureCommonShort": scanFeatureCommonShort,
  "InvoiceItemIDsShort": scanInvoiceItemIDsShort,
  "PatchedTrialUpdateForOrgSerializerV1Request": scanPatchedTrialUpdateForOrgSerializerV1Request,
  "PlanCommonShort": scanPlanCommonShort,
  "PriceStageCommon": scanPriceStageCommon,
  "ProductCategoryCommonShort": scanProductCategoryCommonShort,
  "ProductCommonShort": scanProductCommonShort,
  "ProductForOrg": scanProductForOrg,
  "StatisticRegionCommonShort": scanStatisticRegionCommonShort,
  "UnitCommon": scanUnitCommon,
  "Usage": scanUsage,
};

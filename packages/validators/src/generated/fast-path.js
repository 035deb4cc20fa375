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
import {
  ascii,
  booleanLiteral,
  dateString,
  dateTimeString,
  integer,
  integerValue,
  keyIndex,
  nullLiteral,
  oneOf,
  plainString,
  quoted,
  skipWs,
  timeString,
} from "../runtime/fast-scan.js";

/** `^[A-Z]{3}$`, matched possessively (see the file comment). */
function pattern0(b, i, end) {
  let n0;
  // [A-Z]{3}
  if (end - i < 3) return -1;
  for (n0 = 0; n0 < 3; n0++, i++) if (!(b[i] >= 0x41 && b[i] <= 0x5a)) return -1;
  return i;
}

/** `^-?\d{0,24}(?:\.\d{0,12})?$`, matched possessively (see the file comment). */
function pattern1(b, i, end) {
  let n0, n1;
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
  return i;
}

/** `^\d{1,3}\.\d{12}$`, matched possessively (see the file comment). */
function pattern2(b, i, end) {
  let n0;
  // \d{1,3}
  for (n0 = 0; n0 < 3 && i < end && (b[i] >= 0x30 && b[i] <= 0x39); n0++) i++;
  if (n0 < 1) return -1;
  // \.
  if (i >= end || !(b[i] === 0x2e)) return -1;
  i++;
  // \d{12}
  if (end - i < 12) return -1;
  for (n0 = 0; n0 < 12; n0++, i++) if (!(b[i] >= 0x30 && b[i] <= 0x39)) return -1;
  return i;
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

export function scanAdminPlanItemCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return AdminPlanItemCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < AdminPlanItemCommonShort_KEYS.length ? quoted(b, i, end, AdminPlanItemCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, AdminPlanItemCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // default: true or false
        i = booleanLiteral(b, i, end);
        break;
      }
      case 2: {
        // comment: a string, length <= 1000, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          j = plainString(b, i, end);
          i = j < 0 || j - i - 2 > 1000 ? -1 : j;
        } else {
          i = -1;
        }
        break;
      }
      case 3: {
        // description: a string, length <= 1000, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          j = plainString(b, i, end);
          i = j < 0 || j - i - 2 > 1000 ? -1 : j;
        } else {
          i = -1;
        }
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & AdminPlanItemCommonShort_REQUIRED) === AdminPlanItemCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanCalcRule(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return CalcRule_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < CalcRule_KEYS.length ? quoted(b, i, end, CalcRule_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, CalcRule_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // name: a string
        i = plainString(b, i, end);
        break;
      }
      case 2: {
        // rule_type: one of "commit", "overcommit", "stepped", "staged", "commit_hourly"
        i = oneOf(b, i, end, CalcRule_ENUM_2);
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & CalcRule_REQUIRED) === CalcRule_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanCurrencyCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return CurrencyCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < CurrencyCommonShort_KEYS.length ? quoted(b, i, end, CurrencyCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, CurrencyCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // char_code: a string matching ^[A-Z]{3}$, length <= 3
        j = b[i] === 0x22 ? pattern0(b, i + 1, end) : -1;
        i = j < 0 || j >= end || b[j] !== 0x22 || j - i - 1 > 3 ? -1 : j + 1;
        break;
      }
      case 2: {
        // symbol: a string, length <= 10, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          j = plainString(b, i, end);
          i = j < 0 || j - i - 2 > 10 ? -1 : j;
        } else {
          i = -1;
        }
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & CurrencyCommonShort_REQUIRED) === CurrencyCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanCurrencyForOrg(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return CurrencyForOrg_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < CurrencyForOrg_KEYS.length ? quoted(b, i, end, CurrencyForOrg_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, CurrencyForOrg_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // char_code: a string matching ^[A-Z]{3}$, length <= 3
        j = b[i] === 0x22 ? pattern0(b, i + 1, end) : -1;
        i = j < 0 || j >= end || b[j] !== 0x22 || j - i - 1 > 3 ? -1 : j + 1;
        break;
      }
      case 2: {
        // number_code: an integer with v >= -2147483648, v <= 2147483647, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else {
          j = integer(b, i, end);
          const v = j < 0 ? 0 : integerValue(b, i, j);
          i = j < 0 || !(v >= -2147483648 && v <= 2147483647) ? -1 : j;
        }
        break;
      }
      case 3: {
        // name_en: a string, length <= 255
        j = plainString(b, i, end);
        i = j < 0 || j - i - 2 > 255 ? -1 : j;
        break;
      }
      case 4: {
        // symbol: a string, length <= 10, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          j = plainString(b, i, end);
          i = j < 0 || j - i - 2 > 10 ? -1 : j;
        } else {
          i = -1;
        }
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & CurrencyForOrg_REQUIRED) === CurrencyForOrg_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanCustomerCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return CustomerCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < CustomerCommonShort_KEYS.length ? quoted(b, i, end, CustomerCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, CustomerCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer with v >= 1
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 1) ? -1 : j;
        break;
      }
      case 1: {
        // company_name: a string, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          i = plainString(b, i, end);
        } else {
          i = -1;
        }
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & CustomerCommonShort_REQUIRED) === CustomerCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanCustomerPayerCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return CustomerPayerCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < CustomerPayerCommonShort_KEYS.length ? quoted(b, i, end, CustomerPayerCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, CustomerPayerCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // company_name: a string
        i = plainString(b, i, end);
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & CustomerPayerCommonShort_REQUIRED) === CustomerPayerCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanDateTimeTZRange(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return DateTimeTZRange_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < DateTimeTZRange_KEYS.length ? quoted(b, i, end, DateTimeTZRange_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, DateTimeTZRange_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // start: a string (format date-time), or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          i = dateTimeString(b, i, end);
        } else {
          i = -1;
        }
        break;
      }
      case 1: {
        // end: a string (format date-time), or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          i = dateTimeString(b, i, end);
        } else {
          i = -1;
        }
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & DateTimeTZRange_REQUIRED) === DateTimeTZRange_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanDiscountCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return DiscountCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < DiscountCommonShort_KEYS.length ? quoted(b, i, end, DiscountCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, DiscountCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // relative_value: a string matching ^-?\d{0,24}(?:\.\d{0,12})?$
        j = b[i] === 0x22 ? pattern1(b, i + 1, end) : -1;
        i = j < 0 || j >= end || b[j] !== 0x22 ? -1 : j + 1;
        break;
      }
      case 2: {
        // comment: a string, length <= 1000, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          j = plainString(b, i, end);
          i = j < 0 || j - i - 2 > 1000 ? -1 : j;
        } else {
          i = -1;
        }
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & DiscountCommonShort_REQUIRED) === DiscountCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
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
const ErpInvoice_KEYS = [ascii("id"), ascii("name"), ascii("move_type"), ascii("currency"), ascii("invoice_date"), ascii("invoice_date_due"), ascii("billing_period_from"), ascii("billing_period_to"), ascii("amount_untaxed"), ascii("amount_tax"), ascii("amount_total"), ascii("payment_state"), ascii("client_id"), ascii("payer_id"), ascii("invoice_id"), ascii("created_at"), ascii("updated_at")];
/** Bit k set: property k is required. */
const ErpInvoice_REQUIRED = 0x1ffff;
const ErpInvoice_ENUM_2 = [ascii("out_invoice"), ascii("out_refund")];
const ErpInvoice_ENUM_11 = [ascii("not_paid"), ascii("paid"), ascii("partial"), ascii("reversed"), ascii("in_payment")];

export function scanErpInvoice(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return ErpInvoice_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < ErpInvoice_KEYS.length ? quoted(b, i, end, ErpInvoice_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, ErpInvoice_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // name: a string
        i = plainString(b, i, end);
        break;
      }
      case 2: {
        // move_type: one of "out_invoice", "out_refund"
        i = oneOf(b, i, end, ErpInvoice_ENUM_2);
        break;
      }
      case 3: {
        // currency: a string
        i = plainString(b, i, end);
        break;
      }
      case 4: {
        // invoice_date: a string (format date), or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          i = dateString(b, i, end);
        } else {
          i = -1;
        }
        break;
      }
      case 5: {
        // invoice_date_due: a string (format date), or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          i = dateString(b, i, end);
        } else {
          i = -1;
        }
        break;
      }
      case 6: {
        // billing_period_from: a string (format date), or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          i = dateString(b, i, end);
        } else {
          i = -1;
        }
        break;
      }
      case 7: {
        // billing_period_to: a string (format date), or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          i = dateString(b, i, end);
        } else {
          i = -1;
        }
        break;
      }
      case 8: {
        // amount_untaxed: a string matching ^\d{1,3}\.\d{12}$
        j = b[i] === 0x22 ? pattern2(b, i + 1, end) : -1;
        i = j < 0 || j >= end || b[j] !== 0x22 ? -1 : j + 1;
        break;
      }
      case 9: {
        // amount_tax: a string matching ^\d{1,3}\.\d{12}$
        j = b[i] === 0x22 ? pattern2(b, i + 1, end) : -1;
        i = j < 0 || j >= end || b[j] !== 0x22 ? -1 : j + 1;
        break;
      }
      case 10: {
        // amount_total: a string matching ^\d{1,3}\.\d{12}$
        j = b[i] === 0x22 ? pattern2(b, i + 1, end) : -1;
        i = j < 0 || j >= end || b[j] !== 0x22 ? -1 : j + 1;
        break;
      }
      case 11: {
        // payment_state: one of "not_paid", "paid", "partial", "reversed", "in_payment"
        i = oneOf(b, i, end, ErpInvoice_ENUM_11);
        break;
      }
      case 12: {
        // client_id: an integer with v >= -2147483648, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= -2147483648 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 13: {
        // payer_id: an integer
        i = integer(b, i, end);
        break;
      }
      case 14: {
        // invoice_id: an integer, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else {
          i = integer(b, i, end);
        }
        break;
      }
      case 15: {
        // created_at: a string (format date-time)
        i = dateTimeString(b, i, end);
        break;
      }
      case 16: {
        // updated_at: a string (format date-time)
        i = dateTimeString(b, i, end);
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & ErpInvoice_REQUIRED) === ErpInvoice_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanFeatureCommonExternal(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return FeatureCommonExternal_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < FeatureCommonExternal_KEYS.length ? quoted(b, i, end, FeatureCommonExternal_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, FeatureCommonExternal_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // name: a string
        i = plainString(b, i, end);
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & FeatureCommonExternal_REQUIRED) === FeatureCommonExternal_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanFeatureCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return FeatureCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < FeatureCommonShort_KEYS.length ? quoted(b, i, end, FeatureCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, FeatureCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // name: a string
        i = plainString(b, i, end);
        break;
      }
      case 2: {
        // erp_sku_id: a string, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          i = plainString(b, i, end);
        } else {
          i = -1;
        }
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & FeatureCommonShort_REQUIRED) === FeatureCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanInvoiceItemIDsShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return InvoiceItemIDsShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < InvoiceItemIDsShort_KEYS.length ? quoted(b, i, end, InvoiceItemIDsShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, InvoiceItemIDsShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // invoice_id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // invoice_date: a string (format date)
        i = dateString(b, i, end);
        break;
      }
      case 2: {
        // invoice_item_id: an integer
        i = integer(b, i, end);
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & InvoiceItemIDsShort_REQUIRED) === InvoiceItemIDsShort_REQUIRED && skipWs(b, i + 1, end) === end;
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
const PatchedTrialUpdateForOrgSerializerV1Request_KEYS = [ascii("days_limit"), ascii("CDN_TRIAL_TRAFFIC_LIMIT"), ascii("DDOS_TRIAL_RESOURCE_LIMIT"), ascii("DNS_REQUEST_COUNT_COMMIT"), ascii("GCLAW_INPUT_TOKENS"), ascii("GCLAW_OUTPUT_TOKENS"), ascii("STORAGE_TRIAL_CAPACITY_LIMIT"), ascii("STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN"), ascii("STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN"), ascii("STREAMING_TRIAL_STREAMS_LIMIT"), ascii("TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT"), ascii("TRIAL_STREAMING_VOD"), ascii("WAAP_TRIAL_DOMAINS_LIMIT"), ascii("WAAP_TRIAL_REQUESTS_LIMIT"), ascii("WAAP_TRIAL_VOLUME_LIMIT")];
/** Bit k set: property k is required. */
const PatchedTrialUpdateForOrgSerializerV1Request_REQUIRED = 0x0;

export function scanPatchedTrialUpdateForOrgSerializerV1Request(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return PatchedTrialUpdateForOrgSerializerV1Request_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < PatchedTrialUpdateForOrgSerializerV1Request_KEYS.length ? quoted(b, i, end, PatchedTrialUpdateForOrgSerializerV1Request_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, PatchedTrialUpdateForOrgSerializerV1Request_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // days_limit: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 1: {
        // CDN_TRIAL_TRAFFIC_LIMIT: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 2: {
        // DDOS_TRIAL_RESOURCE_LIMIT: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 3: {
        // DNS_REQUEST_COUNT_COMMIT: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 4: {
        // GCLAW_INPUT_TOKENS: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 5: {
        // GCLAW_OUTPUT_TOKENS: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 6: {
        // STORAGE_TRIAL_CAPACITY_LIMIT: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 7: {
        // STREAMING_TRIAL_LIMIT_ENCODING_VIDEO_MIN: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 8: {
        // STREAMING_TRIAL_LIMIT_VIDEO_STORAGE_MIN: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 9: {
        // STREAMING_TRIAL_STREAMS_LIMIT: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 10: {
        // TRIAL_STREAMING_ACTIVE_RESTREAMS_LIMIT_COUNT: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 11: {
        // TRIAL_STREAMING_VOD: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 12: {
        // WAAP_TRIAL_DOMAINS_LIMIT: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 13: {
        // WAAP_TRIAL_REQUESTS_LIMIT: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
      case 14: {
        // WAAP_TRIAL_VOLUME_LIMIT: an integer with v >= 0, v <= 2147483647
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 0 && v <= 2147483647) ? -1 : j;
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & PatchedTrialUpdateForOrgSerializerV1Request_REQUIRED) === PatchedTrialUpdateForOrgSerializerV1Request_REQUIRED && skipWs(b, i + 1, end) === end;
}

/**
 * `components.schemas.PlanCommonShort`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 id (required)
 *   1 name (required)
 */
const PlanCommonShort_KEYS = [ascii("id"), ascii("name")];
/** Bit k set: property k is required. */
const PlanCommonShort_REQUIRED = 0x3;

export function scanPlanCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return PlanCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < PlanCommonShort_KEYS.length ? quoted(b, i, end, PlanCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, PlanCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // name: a string
        i = plainString(b, i, end);
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & PlanCommonShort_REQUIRED) === PlanCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
}

/**
 * `components.schemas.PriceStageCommon`: true only for a
 * line that is one JSON object of these properties, each at most once:
 *   0 money_value (required)
 *   1 threshold (required)
 */
const PriceStageCommon_KEYS = [ascii("money_value"), ascii("threshold")];
/** Bit k set: property k is required. */
const PriceStageCommon_REQUIRED = 0x3;

export function scanPriceStageCommon(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return PriceStageCommon_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < PriceStageCommon_KEYS.length ? quoted(b, i, end, PriceStageCommon_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, PriceStageCommon_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // money_value: a string matching ^\d{1,3}\.\d{12}$
        j = b[i] === 0x22 ? pattern2(b, i + 1, end) : -1;
        i = j < 0 || j >= end || b[j] !== 0x22 ? -1 : j + 1;
        break;
      }
      case 1: {
        // threshold: a string matching ^-?\d{0,24}(?:\.\d{0,12})?$
        j = b[i] === 0x22 ? pattern1(b, i + 1, end) : -1;
        i = j < 0 || j >= end || b[j] !== 0x22 ? -1 : j + 1;
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & PriceStageCommon_REQUIRED) === PriceStageCommon_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanProductCategoryCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return ProductCategoryCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < ProductCategoryCommonShort_KEYS.length ? quoted(b, i, end, ProductCategoryCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, ProductCategoryCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // name: a string, length <= 255
        j = plainString(b, i, end);
        i = j < 0 || j - i - 2 > 255 ? -1 : j;
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & ProductCategoryCommonShort_REQUIRED) === ProductCategoryCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanProductCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return ProductCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < ProductCommonShort_KEYS.length ? quoted(b, i, end, ProductCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, ProductCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // name: a string
        i = plainString(b, i, end);
        break;
      }
      case 2: {
        // internal_name: a string, length <= 25
        j = plainString(b, i, end);
        i = j < 0 || j - i - 2 > 25 ? -1 : j;
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & ProductCommonShort_REQUIRED) === ProductCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanProductForOrg(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return ProductForOrg_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < ProductForOrg_KEYS.length ? quoted(b, i, end, ProductForOrg_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, ProductForOrg_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // name_en: a string, length <= 255
        j = plainString(b, i, end);
        i = j < 0 || j - i - 2 > 255 ? -1 : j;
        break;
      }
      case 2: {
        // internal_name: a string, length <= 25
        j = plainString(b, i, end);
        i = j < 0 || j - i - 2 > 25 ? -1 : j;
        break;
      }
      case 3: {
        // archive: true or false
        i = booleanLiteral(b, i, end);
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & ProductForOrg_REQUIRED) === ProductForOrg_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanStatisticRegionCommonShort(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return StatisticRegionCommonShort_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < StatisticRegionCommonShort_KEYS.length ? quoted(b, i, end, StatisticRegionCommonShort_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, StatisticRegionCommonShort_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer
        i = integer(b, i, end);
        break;
      }
      case 1: {
        // name: a string
        i = plainString(b, i, end);
        break;
      }
      case 2: {
        // external_name: a string
        i = plainString(b, i, end);
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & StatisticRegionCommonShort_REQUIRED) === StatisticRegionCommonShort_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanUnitCommon(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return UnitCommon_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < UnitCommon_KEYS.length ? quoted(b, i, end, UnitCommon_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, UnitCommon_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // id: an integer with v >= 1
        j = integer(b, i, end);
        const v = j < 0 ? 0 : integerValue(b, i, j);
        i = j < 0 || !(v >= 1) ? -1 : j;
        break;
      }
      case 1: {
        // name: a string
        i = plainString(b, i, end);
        break;
      }
      case 2: {
        // internal_name: a string
        i = plainString(b, i, end);
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & UnitCommon_REQUIRED) === UnitCommon_REQUIRED && skipWs(b, i + 1, end) === end;
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

export function scanUsage(b, start, end) {
  let i = skipWs(b, start, end);
  if (i >= end || b[i] !== 0x7b /* { */) return false;
  i = skipWs(b, i + 1, end);
  if (i < end && b[i] === 0x7d /* } */) return Usage_REQUIRED === 0 && skipWs(b, i + 1, end) === end;
  let seen = 0;
  let next = 0;
  let j = 0;
  for (;;) {
    // Records nearly always list their keys in one order: try the key after the previous one first.
    let p = next;
    j = p < Usage_KEYS.length ? quoted(b, i, end, Usage_KEYS[p]) : -1;
    if (j < 0) {
      j = plainString(b, i, end);
      if (j < 0) return false;
      p = keyIndex(b, i + 1, j - 1, Usage_KEYS);
    }
    i = j;
    // Unknown keys and duplicates are left to the full path.
    if (p < 0 || (seen & (1 << p)) !== 0) return false;
    seen |= 1 << p;
    next = p + 1;
    i = skipWs(b, i, end);
    if (i >= end || b[i] !== 0x3a /* : */) return false;
    i = skipWs(b, i + 1, end);
    if (i >= end) return false;
    switch (p) {
      case 0: {
        // amount: a string matching ^\d{1,3}\.\d{12}$
        j = b[i] === 0x22 ? pattern2(b, i + 1, end) : -1;
        i = j < 0 || j >= end || b[j] !== 0x22 ? -1 : j + 1;
        break;
      }
      case 1: {
        // unit_name: a string, or null
        if (b[i] === 0x6e /* n */) {
          i = nullLiteral(b, i, end);
        } else if (b[i] === 0x22 /* " */) {
          i = plainString(b, i, end);
        } else {
          i = -1;
        }
        break;
      }
    }
    if (i < 0) return false;
    i = skipWs(b, i, end);
    if (i >= end) return false;
    if (b[i] === 0x7d /* } */) break;
    if (b[i] !== 0x2c /* , */) return false;
    i = skipWs(b, i + 1, end);
  }
  return (seen & Usage_REQUIRED) === Usage_REQUIRED && skipWs(b, i + 1, end) === end;
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

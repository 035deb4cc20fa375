/**
 * String format checks for the generated validators (JSON Schema `format`).
 *
 * These run in browsers as well as Node, so there are no Node imports, and
 * they sit on the hot path of invoice validation (`date` and `date-time` are
 * called for every record), so they scan with `charCodeAt` instead of
 * compiling regexes or splitting strings: no allocation per call, and every
 * rejection happens at the first offending character.
 *
 * Conformance target: RFC 3339 (date, time, date-time), RFC 3986 (uri),
 * RFC 4291 (ipv6), RFC 5321 (email), as pinned down by the
 * JSON-Schema-Test-Suite's `optional/format` cases. Everything is ASCII-only:
 * the IDN/IRI variants are separate formats.
 */

export type FormatCheck = (s: string) => boolean;

// Why `notDigits(d0 | (d0 + 6) | d1 | (d1 + 6) | ...)` below checks many
// digits with one branch: each d is `charCode - 48`, 0..9 for an ASCII digit.
// For such a d both d and d + 6 stay within 0..15, so the OR of all of them
// has no bit above the low four. A d of 10..15 (":" to "?") makes d + 6 reach
// 16; a d of 16 or more already has a high bit; a negative d sets the sign
// bit. Masking with ~15 therefore finds any non-digit. Callers must check the
// length first: `charCodeAt` past the end is NaN, which `|` treats as 0.
function notDigits(orOfDigitsAndDigitsPlus6: number): boolean {
  return (orOfDigitsAndDigitsPlus6 & ~15) !== 0;
}

/** Days in a month other than February, without a lookup table. */
// 31-day months are the odd ones up to July and the even ones from August
// on; adding `month >> 3` (1 from August) flips the parity for the latter.
function daysIn30Or31(month: number): number {
  return 30 + ((month + (month >> 3)) & 1);
}

/** RFC 3339 full-date at s[i..i+10); the caller guarantees the length. */
function fullDate(s: string, i: number): boolean {
  if (s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return false;
  const y0 = s.charCodeAt(i) - 48;
  const y1 = s.charCodeAt(i + 1) - 48;
  const y2 = s.charCodeAt(i + 2) - 48;
  const y3 = s.charCodeAt(i + 3) - 48;
  const m0 = s.charCodeAt(i + 5) - 48;
  const m1 = s.charCodeAt(i + 6) - 48;
  const d0 = s.charCodeAt(i + 8) - 48;
  const d1 = s.charCodeAt(i + 9) - 48;
  if (
    notDigits(y0 | (y0 + 6) | y1 | (y1 + 6) | y2 | (y2 + 6) | y3 | (y3 + 6) | m0 | (m0 + 6) | m1 | (m1 + 6) | d0 | (d0 + 6) | d1 | (d1 + 6))
  ) {
    return false;
  }
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return false;
  // Every month has at least 28 days, so most real dates stop here without
  // ever computing the year.
  if (day <= 28) return true;
  if (month !== 2) return day <= daysIn30Or31(month);
  if (day !== 29) return false;
  // Proleptic Gregorian leap years, as RFC 3339 Appendix C specifies; the
  // Julian/Gregorian switch is deliberately ignored (1582-10-10 is valid).
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** RFC 3339 full-time occupying exactly s[i..end of string). */
function fullTime(s: string, i: number): boolean {
  const n = s.length;
  // Shortest full-time is "HH:MM:SSZ"; checking it up front keeps every
  // fixed-offset read below inside the string.
  if (n - i < 9) return false;
  if (s.charCodeAt(i + 2) !== 58 || s.charCodeAt(i + 5) !== 58) return false;
  const h0 = s.charCodeAt(i) - 48;
  const h1 = s.charCodeAt(i + 1) - 48;
  const n0 = s.charCodeAt(i + 3) - 48;
  const n1 = s.charCodeAt(i + 4) - 48;
  const s0 = s.charCodeAt(i + 6) - 48;
  const s1 = s.charCodeAt(i + 7) - 48;
  if (notDigits(h0 | (h0 + 6) | h1 | (h1 + 6) | n0 | (n0 + 6) | n1 | (n1 + 6) | s0 | (s0 + 6) | s1 | (s1 + 6))) {
    return false;
  }
  const hour = h0 * 10 + h1;
  const minute = n0 * 10 + n1;
  const second = s0 * 10 + s1;
  if (hour > 23 || minute > 59 || second > 60) return false;

  i += 8;
  let c = s.charCodeAt(i);
  if (c === 46 /* . */) {
    const start = ++i;
    while (i < n && (s.charCodeAt(i) - 48) >>> 0 <= 9) i++;
    if (i === start) return false;
    // NaN when the fraction ran to the end: then no offset, which fails below.
    c = s.charCodeAt(i);
  }

  // `| 32` folds "Z" onto "z"; RFC 3339 §5.6 makes both case-insensitive.
  if ((c | 32) === 122) {
    if (i + 1 !== n) return false;
    return second !== 60 || (hour === 23 && minute === 59);
  }

  if (c !== 43 /* + */ && c !== 45 /* - */) return false;
  if (n - i !== 6 || s.charCodeAt(i + 3) !== 58) return false;
  const oh0 = s.charCodeAt(i + 1) - 48;
  const oh1 = s.charCodeAt(i + 2) - 48;
  const om0 = s.charCodeAt(i + 4) - 48;
  const om1 = s.charCodeAt(i + 5) - 48;
  if (notDigits(oh0 | (oh0 + 6) | oh1 | (oh1 + 6) | om0 | (om0 + 6) | om1 | (om1 + 6))) return false;
  const offHour = oh0 * 10 + oh1;
  const offMinute = om0 * 10 + om1;
  if (offHour > 23 || offMinute > 59) return false;
  if (second !== 60) return true;

  // Leap seconds are inserted at 23:59:60 UTC only, so a local :60 is valid
  // exactly when local time minus the offset lands on that UTC minute
  // (e.g. 15:59:60-08:00). The date is not consulted: the suite, like most
  // validators, does not tie leap seconds to the IERS calendar.
  const offset = offHour * 60 + offMinute;
  const local = hour * 60 + minute;
  const utc = (local - (c === 43 ? offset : -offset) + 1440) % 1440;
  return utc === 23 * 60 + 59;
}

/** RFC 3339 `full-date`, e.g. 2026-07-14. */
export function date(s: string): boolean {
  return s.length === 10 && fullDate(s, 0);
}

/** RFC 3339 `date-time`, e.g. 2026-07-14T10:20:30.123+02:00. */
export function dateTime(s: string): boolean {
  // 20 = "YYYY-MM-DDTHH:MM:SSZ", the shortest form; it also keeps the
  // fixed-offset reads of fullDate inside the string.
  if (s.length < 20) return false;
  // RFC 3339 §5.6 allows "t" as well as "T". The space its note mentions is
  // not part of the grammar and is rejected.
  const t = s.charCodeAt(10);
  return (t === 84 || t === 116) && fullDate(s, 0) && fullTime(s, 11);
}

/** RFC 3339 `full-time`: a time with a mandatory offset, e.g. 10:20:30Z. */
export function time(s: string): boolean {
  return fullTime(s, 0);
}

function isHex(c: number): boolean {
  // `| 32` lower-cases ASCII letters; digits and NaN fall through harmlessly.
  return (c - 48) >>> 0 <= 9 || ((c | 32) - 97) >>> 0 <= 5;
}

/** 8-4-4-4-12 hex digits, any case; version and variant nibbles are not checked. */
export function uuid(s: string): boolean {
  if (s.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!isHex(c)) {
      return false;
    }
  }
  return true;
}

/**
 * Dotted-quad IPv4 (RFC 3986 `IPv4address`) occupying exactly s[start..end).
 * Leading zeros are rejected because inet_aton-style parsers read them as
 * octal, so "010.0.0.1" would mean different hosts to different consumers.
 */
function ipv4At(s: string, start: number, end: number): boolean {
  let i = start;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (i >= end || s.charCodeAt(i) !== 46) return false;
      i++;
    }
    const first = i;
    let value = 0;
    // At most three digits are read; a fourth is left for the separator
    // check to reject, so overlong octets cannot overflow anything.
    while (i < end && i - first < 3) {
      const d = s.charCodeAt(i) - 48;
      if (d >>> 0 > 9) break;
      value = value * 10 + d;
      i++;
    }
    const len = i - first;
    if (len === 0 || value > 255) return false;
    if (len > 1 && s.charCodeAt(first) === 48) return false;
  }
  return i === end;
}

/**
 * RFC 4291 §2.2 text form occupying exactly s[start..end): up to eight groups
 * of 1-4 hex digits, at most one "::" standing for one or more zero groups,
 * and optionally a dotted-quad in place of the last two groups. Zone ids
 * (RFC 4007 "%eth0") and prefixes ("/64") are not part of an address.
 */
function ipv6At(s: string, start: number, end: number): boolean {
  let i = start;
  let groups = 0; // 16-bit groups written out; an IPv4 tail counts as two
  let compressed = false;
  if (i < end && s.charCodeAt(i) === 58) {
    // A leading colon is only legal as the first half of "::".
    if (i + 1 >= end || s.charCodeAt(i + 1) !== 58) return false;
    compressed = true;
    i += 2;
    if (i === end) return true;
  }
  for (;;) {
    const first = i;
    // Scan one hex digit past the limit so "12345" is caught as too long
    // rather than mistaken for a group followed by garbage.
    while (i < end && i - first < 5 && isHex(s.charCodeAt(i))) i++;
    if (i === first) return false;
    if (i < end && s.charCodeAt(i) === 46) {
      // The hex digits just read were really the first octet of an IPv4
      // tail, which must run to the end of the address.
      if (!ipv4At(s, first, end)) return false;
      groups += 2;
      break;
    }
    if (i - first > 4) return false;
    groups++;
    if (i === end) break;
    if (s.charCodeAt(i) !== 58) return false;
    i++;
    if (i < end && s.charCodeAt(i) === 58) {
      if (compressed) return false;
      compressed = true;
      i++;
      if (i === end) break;
    } else if (i === end) {
      return false; // a single trailing colon
    }
  }
  // "::" must stand for at least one group, so at most seven are written.
  return compressed ? groups <= 7 : groups === 8;
}

/** Dotted-quad IPv4 address, e.g. 192.168.0.1 (no leading zeros). */
export function ipv4(s: string): boolean {
  return ipv4At(s, 0, s.length);
}

/** IPv6 address in any RFC 4291 text form, without zone id or brackets. */
export function ipv6(s: string): boolean {
  return ipv6At(s, 0, s.length);
}

/** Either an IPv4 or an IPv6 address. */
export function ip(s: string): boolean {
  return ipv4At(s, 0, s.length) || ipv6At(s, 0, s.length);
}

// RFC 3986 character classes as bit flags over ASCII, built once at load.
const REG_NAME = 1; // unreserved / sub-delims
const USERINFO = 2; // REG_NAME / ":"
const PATH = 4; // pchar / "/"
const QUERY = 8; // pchar / "/" / "?"  (fragment is the same set)
const SCHEME = 16; // ALPHA / DIGIT / "+" / "-" / "."
const IPV_FUTURE = 32; // unreserved / sub-delims / ":"
const ATEXT = 64; // RFC 5322 atext

const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  const add = (chars: string, flags: number): void => {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      t[c] = (t[c] ?? 0) | flags;
    }
  };
  const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const digit = "0123456789";
  const unreservedAndSubDelims = `${alpha}${digit}-._~!$&'()*+,;=`;
  add(unreservedAndSubDelims, REG_NAME | USERINFO | PATH | QUERY | IPV_FUTURE);
  add(":", USERINFO | PATH | QUERY | IPV_FUTURE);
  add("@", PATH | QUERY);
  add("/", PATH | QUERY);
  add("?", QUERY);
  add(`${alpha}${digit}+-.`, SCHEME);
  add(`${alpha}${digit}!#$%&'*+-/=?^_\`{|}~`, ATEXT);
  return t;
})();

function hasClass(c: number, flag: number): boolean {
  return c < 128 && ((CHAR_CLASS[c] ?? 0) & flag) !== 0;
}

/**
 * Index of the first character in s[i..end) outside `flag`, treating a
 * well-formed "%XX" as one allowed character; -1 if a "%" is malformed.
 */
function span(s: string, i: number, end: number, flag: number): number {
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 37 /* % */) {
      if (i + 2 >= end || !isHex(s.charCodeAt(i + 1)) || !isHex(s.charCodeAt(i + 2))) {
        return -1;
      }
      i += 3;
    } else if (hasClass(c, flag)) {
      i++;
    } else {
      break;
    }
  }
  return i;
}

/** RFC 3986 IP-literal contents (between the brackets): IPv6 or IPvFuture. */
function ipLiteral(s: string, start: number, end: number): boolean {
  if ((s.charCodeAt(start) | 32) !== 118 /* v */) return ipv6At(s, start, end);
  let i = start + 1;
  while (i < end && isHex(s.charCodeAt(i))) i++;
  if (i === start + 1 || i >= end || s.charCodeAt(i) !== 46) return false;
  const first = ++i;
  while (i < end && hasClass(s.charCodeAt(i), IPV_FUTURE)) i++;
  return i > first && i === end;
}

/** RFC 3986 authority occupying exactly s[start..end). */
function authority(s: string, start: number, end: number): boolean {
  let i = start;
  // userinfo cannot contain "@", so the first one ends it.
  const at = s.indexOf("@", i);
  if (at !== -1 && at < end) {
    if (span(s, i, at, USERINFO) !== at) return false;
    i = at + 1;
  }
  if (s.charCodeAt(i) === 91 /* [ */) {
    const close = s.indexOf("]", i);
    if (close === -1 || close >= end || !ipLiteral(s, i + 1, close)) return false;
    i = close + 1;
  } else {
    // IPv4address is a subset of reg-name, and RFC 3986 §3.2.2 says a
    // malformed dotted quad such as 999.1.1.1 is simply a reg-name.
    i = span(s, i, end, REG_NAME);
    if (i < 0) return false;
  }
  if (i === end) return true;
  if (s.charCodeAt(i) !== 58) return false;
  for (i++; i < end; i++) {
    if ((s.charCodeAt(i) - 48) >>> 0 > 9) return false;
  }
  return true;
}

/**
 * RFC 3986 `URI`: scheme ":" hier-part ["?" query] ["#" fragment]. That is,
 * an absolute URI as opposed to a relative reference; a fragment is allowed
 * (RFC 3986's stricter `absolute-URI` forbids it, JSON Schema's "uri" does
 * not). ASCII only: raw non-ASCII characters make it an IRI.
 */
export function uri(s: string): boolean {
  const n = s.length;
  let c = s.charCodeAt(0);
  if (((c | 32) - 97) >>> 0 > 25) return false;
  let i = 1;
  while (i < n && hasClass(s.charCodeAt(i), SCHEME)) i++;
  if (i >= n || s.charCodeAt(i) !== 58) return false;
  i++;
  if (s.charCodeAt(i) === 47 && s.charCodeAt(i + 1) === 47) {
    i += 2;
    let end = i;
    while (end < n) {
      c = s.charCodeAt(end);
      if (c === 47 || c === 63 || c === 35) break;
      end++;
    }
    if (!authority(s, i, end)) return false;
    i = end;
  }
  // With "//" + authority consumed, path-abempty, path-absolute,
  // path-rootless and path-empty all reduce to *( pchar / "/" ): a path
  // that is left starting with "//" is impossible here.
  i = span(s, i, n, PATH);
  if (i < 0) return false;
  if (i < n && s.charCodeAt(i) === 63) {
    i = span(s, i + 1, n, QUERY);
    if (i < 0) return false;
  }
  if (i < n && s.charCodeAt(i) === 35) {
    i = span(s, i + 1, n, QUERY);
    if (i < 0) return false;
  }
  return i === n;
}

/** RFC 5321 Domain (LDH labels) occupying exactly s[start..end). */
function domainName(s: string, start: number, end: number): boolean {
  if (end - start > 253) return false;
  let i = start;
  for (;;) {
    const first = i;
    while (i < end) {
      const c = s.charCodeAt(i);
      if ((c - 48) >>> 0 > 9 && ((c | 32) - 97) >>> 0 > 25 && c !== 45) break;
      i++;
    }
    const len = i - first;
    if (len === 0 || len > 63) return false;
    if (s.charCodeAt(first) === 45 || s.charCodeAt(i - 1) === 45) return false;
    if (i === end) return true;
    if (s.charCodeAt(i) !== 46) return false;
    i++;
  }
}

/**
 * RFC 5321 Mailbox: Local-part "@" ( Domain / address-literal ).
 * Local-part is a dot-atom or a quoted string; the address literal is
 * "[a.b.c.d]" or "[IPv6:...]". Comments, folding whitespace and the
 * General-address-literal form are not accepted, and the 64-octet local-part
 * limit of RFC 5321 §4.5.3.1.1 is enforced.
 */
export function email(s: string): boolean {
  const n = s.length;
  let i = 0;
  if (s.charCodeAt(0) === 34 /* " */) {
    i = 1;
    for (;;) {
      if (i >= n) return false;
      const c = s.charCodeAt(i);
      if (c === 34) break;
      if (c === 92 /* \ */) {
        const next = s.charCodeAt(i + 1);
        if (!(next >= 32 && next <= 126)) return false;
        i += 2;
      } else if (c >= 32 && c <= 126) {
        i++;
      } else {
        return false;
      }
    }
    i++;
  } else {
    for (;;) {
      const first = i;
      while (i < n && hasClass(s.charCodeAt(i), ATEXT)) i++;
      // An empty atom means a leading, trailing or doubled dot.
      if (i === first) return false;
      if (s.charCodeAt(i) !== 46) break;
      i++;
    }
  }
  if (i > 64 || s.charCodeAt(i) !== 64 /* @ */) return false;
  i++;
  if (s.charCodeAt(i) !== 91 /* [ */) return domainName(s, i, n);
  if (s.charCodeAt(n - 1) !== 93 /* ] */) return false;
  i++;
  const end = n - 1;
  // "IPv6:" is an ABNF string literal, hence case-insensitive.
  if (
    end - i > 5 &&
    (s.charCodeAt(i) | 32) === 105 &&
    (s.charCodeAt(i + 1) | 32) === 112 &&
    (s.charCodeAt(i + 2) | 32) === 118 &&
    s.charCodeAt(i + 3) === 54 &&
    s.charCodeAt(i + 4) === 58
  ) {
    return ipv6At(s, i + 5, end);
  }
  return ipv4At(s, i, end);
}

/** JSON Schema format name to check, for the generated validators to index. */
export const formats = {
  date,
  "date-time": dateTime,
  time,
  uri,
  uuid,
  email,
  ipv4,
  ipv6,
  ip,
} satisfies Record<string, FormatCheck>;

export type FormatName = keyof typeof formats;

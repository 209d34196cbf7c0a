import { BadUserInputError } from './errors.js';
import { isMunicipalityCode } from './municipalities.js';
import { isActivityCode, isTargetGroupCode } from './taxonomy.js';

/*
 * The input rules every subgraph shares. Each `…Problem` returns what is wrong in words
 * a client can read (or null when the value is fine), so a rule can be collected into a
 * per-record list (registry sync) or thrown at once with `check`.
 */

/** Throws BAD_USER_INPUT naming `field` when `problem` is not null. */
export function check(field: string, problem: string | null): void {
  if (problem) throw new BadUserInputError(field, problem);
}

/** RFC 5321 limits: 254 characters in all, 64 before the @; a dot in the domain; no spaces. */
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

export function emailProblem(value: string): string | null {
  return value.length <= 254 && EMAIL.test(value) ? null : `"${value.slice(0, 80)}" is not an e-mail address`;
}

/** An http(s) URL with no spaces: the one rule for every web address (websites, policy documents, agreement documents). */
const HTTP_URL = /^https?:\/\/\S+$/;

export function urlProblem(value: string): string | null {
  return HTTP_URL.test(value) ? null : `"${value.slice(0, 80)}" is not an http(s) URL`;
}

/** Years the records here can be about (agreements from 1900, plans to 2200). */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

export function yearProblem(year: number, range: { min: number; max: number } = YEAR_RANGE): string | null {
  return Number.isInteger(year) && year >= range.min && year <= range.max
    ? null
    : `${year} is not a year from ${range.min} to ${range.max}`;
}

export function municipalityCodeProblem(code: string): string | null {
  return isMunicipalityCode(code) ? null : `"${code}" is not a municipality in the 2024 division`;
}

export function activityProblem(code: string): string | null {
  return isActivityCode(code) ? null : `"${code}" is not an activity code of the shared taxonomy`;
}

export function targetGroupProblem(code: string): string | null {
  return isTargetGroupCode(code) ? null : `"${code}" is not a target group code of the shared taxonomy`;
}

/** A date range whose end (if any) is not before its start. */
export function periodProblem(startDate: string | null, endDate: string | null): string | null {
  return startDate && endDate && endDate < startDate ? `${endDate} is before the start date ${startDate}` : null;
}

/*
 * One length and character policy for text, the same on SQLite and PostgreSQL. Column sizes
 * (the entities' `length:`) and input limits come from TEXT_LIMITS, so nothing an input lets
 * through is too long for its column on either database, and SQLite stores no more than
 * PostgreSQL would. Lengths count UTF-16 units (JavaScript's `length`), never fewer than the
 * characters PostgreSQL counts.
 */
export const TEXT_LIMITS = {
  /** One line in a varchar(255) column: names, titles, places, purposes, phone numbers, identifiers. */
  line: 255,
  /** An e-mail address (RFC 5321). */
  email: 254,
  /** A URL in a text column. */
  url: 2_000,
  /** Free text in a text column: descriptions, notes. */
  text: 10_000,
} as const;

export interface TextRule {
  /** The most characters allowed (from TEXT_LIMITS). */
  max: number;
  /** Free text may hold newlines and tabs; a line may not. */
  multiline?: boolean;
}

export const LINE: TextRule = { max: TEXT_LIMITS.line };
export const EMAIL_TEXT: TextRule = { max: TEXT_LIMITS.email };
export const FREE_TEXT: TextRule = { max: TEXT_LIMITS.text, multiline: true };
export const URL_TEXT: TextRule = { max: TEXT_LIMITS.url };

/** C0 and C1 control characters and DEL; free text keeps tab, newline and carriage return. */
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);
const FREE_TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0d]);
/** Characters that show nothing besides white space: soft hyphen, grapheme joiner, fillers, zero-width and direction marks, word joiner, BOM. */
const INVISIBLE: readonly [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];
const showsNothing = (char: string) => {
  const code = char.codePointAt(0)!;
  return /\s/u.test(char) || INVISIBLE.some(([from, to]) => code >= from && code <= to);
};

/** What is wrong with a text value under `rule` (NUL, control characters, only invisible characters, too long), or null. */
export function textProblem(value: string, rule: TextRule = LINE): string | null {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isControl(code) && !(rule.multiline && FREE_TEXT_CONTROLS.has(code)))
      return rule.multiline
        ? 'must not contain control characters (newline and tab are allowed)'
        : 'must be one line without control characters (no newline, tab or other control character)';
  }
  if ([...value].every(showsNothing)) return 'must not be empty, or only spaces or invisible characters';
  if (value.length > rule.max) return `must be at most ${rule.max} characters, got ${value.length}`;
  return null;
}

/** Text that must be given: trimmed, checked, returned; BAD_USER_INPUT naming `field` otherwise. */
export function requireText(field: string, value: string | null | undefined, rule: TextRule = LINE): string {
  const text = value?.trim() ?? '';
  check(field, textProblem(text, rule));
  return text;
}

/**
 * Text that may be left out: undefined stays undefined (leave it), null and blank become null
 * (clear it, when `blankIsNull`), anything else is trimmed and checked.
 */
export function optionalText(field: string, value: string | null | undefined, rule: TextRule = LINE): string | null | undefined {
  if (value === undefined || value === null) return value;
  const text = value.trim();
  if (text === '') return null;
  check(field, textProblem(text, rule));
  return text;
}

/** The problem of an optional text value (null when absent or fine), for per-record lists. */
export const optionalTextProblem = (value: string | null | undefined, rule: TextRule = LINE): string | null =>
  value == null || value.trim() === '' ? null : textProblem(value.trim(), rule);

/**
 * One cell's text to its typed value, or a plain-words reason why not.
 * Messages say what was found and what was expected; the caller adds file, line and column.
 */
import type { IssueCode } from './issues.ts';
import { quote } from './issues.ts';
import { parsePartialDate } from './partial-date.ts';
import { type CellValue, type FieldSpec, NOT_REPORTED } from './schema.ts';

export type CellResult = { ok: true; value: CellValue } | { ok: false; code: IssueCode; message: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

function fail(code: IssueCode, message: string): CellResult {
  return { ok: false, code, message };
}

function parseNumber(spec: FieldSpec, raw: string): CellResult {
  if (!NUMBER.test(raw)) {
    if (/^-?\d+,\d+$/.test(raw)) {
      return fail(
        'not-a-number',
        `found ${quote(raw)}, a decimal comma; numbers use a dot here. Write ${raw.replace(',', '.')}.`,
      );
    }
    if (/^-?\d{1,3}([ \u00a0\u202f]\d{3})+$/.test(raw)) {
      return fail(
        'not-a-number',
        `found ${quote(raw)} with spaces between digit groups; write ${raw.replace(/\D/g, '')}.`,
      );
    }
    const hint = spec.notReported ? ` If the source gives no figure, write ${NOT_REPORTED}.` : '';
    return fail('not-a-number', `found ${quote(raw)}, expected a number such as 12 or 12.5.${hint}`);
  }
  const value = Number(raw);
  if (spec.kind === 'integer' && !Number.isInteger(value)) {
    return fail('not-an-integer', `found ${quote(raw)}, expected a whole number (a count has no fraction).`);
  }
  if (spec.minimum === 0 && value < 0) {
    return fail(
      'negative-number',
      `found ${raw}, but a ${spec.kind === 'integer' ? 'count' : 'value'} cannot be negative.`,
    );
  }
  if (
    (spec.minimum !== undefined && value < spec.minimum) ||
    (spec.maximum !== undefined && value > spec.maximum)
  ) {
    return fail('out-of-range', `found ${raw}, expected a number from ${spec.minimum} to ${spec.maximum}.`);
  }
  return { ok: true, value };
}

export function parseCell(spec: FieldSpec, raw: string): CellResult {
  if (raw === '') {
    if (!spec.required) return { ok: true, value: null };
    const hint = spec.notReported ? ` If the source does not give it, write ${NOT_REPORTED}.` : '';
    return fail('missing-value', `the cell is empty, but this column must be filled in.${hint}`);
  }
  if (raw === NOT_REPORTED) {
    if (spec.notReported) return { ok: true, value: NOT_REPORTED };
    return fail(
      'not-reported-not-allowed',
      `${NOT_REPORTED} is not allowed in this column; it needs a real value.`,
    );
  }
  switch (spec.kind) {
    case 'id':
    case 'reference':
      return ID.test(raw)
        ? { ok: true, value: raw }
        : fail(
            'invalid-id',
            `found ${quote(raw)}; an id uses only lowercase Latin letters, digits and single hyphens, e.g. "agriculture-2018".`,
          );
    case 'text':
      return { ok: true, value: raw };
    case 'integer':
    case 'number':
      return parseNumber(spec, raw);
    case 'boolean':
      return raw === 'true' || raw === 'false'
        ? { ok: true, value: raw === 'true' }
        : fail('invalid-boolean', `found ${quote(raw)}, expected true or false.`);
    case 'partial-date': {
      const date = parsePartialDate(raw);
      if (date) return { ok: true, value: date };
      const hint = spec.notReported ? `, or ${NOT_REPORTED}` : '';
      return fail(
        'invalid-date',
        `found ${quote(raw)}, expected a date as precise as the source: a year (2018), a month (2021-08), a day (2021-08-11) or an interval (2023/2024-09)${hint}.`,
      );
    }
    case 'url':
      return /^https?:\/\/[^\s<>"]+$/.test(raw)
        ? { ok: true, value: raw }
        : fail(
            'invalid-url',
            `found ${quote(raw)}, expected a web address starting with https:// or http://.`,
          );
    case 'enum':
      return spec.values?.includes(raw)
        ? { ok: true, value: raw }
        : fail('not-in-list', `found ${quote(raw)}, expected one of: ${(spec.values ?? []).join(', ')}.`);
  }
}

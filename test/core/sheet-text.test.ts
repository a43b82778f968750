/** Text a person typed stays text in a Sheet; control characters never reach a cell. */
import { cleanText, sheetText } from '../../src/core/sheet-text';

describe('sheetText', () => {
  it.each(['=SUM(A1:A2)', '+6281234', '0812', '2026-01-05', '12:30', '50%', 'Rapat biasa'])(
    'puts one apostrophe before %s',
    (text) => {
      expect(sheetText(text)).toBe(`'${text}`);
    },
  );

  it('leaves an empty string empty (a blank cell, not a lone apostrophe)', () => {
    expect(sheetText('')).toBe('');
  });
});

describe('cleanText', () => {
  it('is empty for null and undefined, and the string form of other values', () => {
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(42)).toBe('42');
    expect(cleanText(false)).toBe('false');
  });

  it.each(['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001B', '\u001F', '\u007F'])(
    'removes the control character U+%s wherever it stands',
    (c) => {
      expect(cleanText(`a${c}b${c}c`)).toBe('abc');
    },
  );

  it('keeps tabs, line feeds and carriage returns inside the text, and printable characters', () => {
    expect(cleanText('a\tb\nc\r\nd ~ é')).toBe('a\tb\nc\r\nd ~ é');
  });

  it('trims spaces and line breaks at both ends', () => {
    expect(cleanText(' \n  Rapat koordinasi \t\n')).toBe('Rapat koordinasi');
  });

  it('cuts the text at 5000 characters by default, or at the given length', () => {
    expect(cleanText('x'.repeat(5001))).toHaveLength(5000);
    expect(cleanText('x'.repeat(5000))).toHaveLength(5000);
    expect(cleanText('abcdef', 4)).toBe('abcd');
  });

  it('cuts after trimming, so leading spaces do not use up the length', () => {
    expect(cleanText('   abcdef', 4)).toBe('abcd');
  });
});

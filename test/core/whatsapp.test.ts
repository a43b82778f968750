import {
  WA_TEXT_MAX_CHARS,
  isWhatsAppNumber,
  shortenForWhatsApp,
  waLink,
  whatsAppNumberText,
} from '../../src/core/whatsapp';

describe('waLink', () => {
  it.each([
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['(0812) 3456.7890', '6281234567890'],
  ])('normalises %s to %s', (phone, number) => {
    expect(waLink(phone, 'Halo')).toBe(`https://wa.me/${number}?text=Halo`);
  });

  it.each(['', '12345', '021-555-1234', '+1 415 555 0100', 'abc', '0812'])('refuses %p', (phone) => {
    expect(waLink(phone, 'x')).toBeNull();
  });

  it('URI-encodes the text (spaces, newlines, &, #, ?, non-ASCII)', () => {
    const text = 'Tautan: https://zoom.us/j/1?pwd=a&b #1\nPukul 09.00–11.00 WITA';
    const link = waLink('081234567890', text)!;
    expect(link).toBe(`https://wa.me/6281234567890?text=${encodeURIComponent(text)}`);
    expect(link).not.toMatch(/[\s#]/);
    expect(decodeURIComponent(link.split('?text=')[1])).toBe(text);
  });

  it('shortens long texts', () => {
    const long = 'a'.repeat(WA_TEXT_MAX_CHARS + 50);
    const text = decodeURIComponent(waLink('081234567890', long)!.split('?text=')[1]);
    expect(text.length).toBe(WA_TEXT_MAX_CHARS);
    expect(text.endsWith('…')).toBe(true);
    expect(shortenForWhatsApp('pendek')).toBe('pendek');
  });
});

describe('shortenForWhatsApp', () => {
  it('keeps a text exactly as long as the limit and cuts one longer, ending with …', () => {
    expect(shortenForWhatsApp('abcde', 5)).toBe('abcde');
    expect(shortenForWhatsApp('abcdef', 5)).toBe('abcd…');
  });

  it('drops the spaces before the … but keeps those at the start', () => {
    expect(shortenForWhatsApp(' ab   cdefgh', 7)).toBe(' ab…');
  });

  it('never cuts an emoji in half', () => {
    // 'abc' then U+1F600 (😀, \uD83D\uDE00): the cut would fall between its two halves.
    expect(shortenForWhatsApp('abc\uD83D\uDE00defg', 5)).toBe('abc…');
    // The first and the last high half: U+10000 (\uD800\uDC00) and U+10FFFF (\uDBFF\uDFFF).
    expect(shortenForWhatsApp('abc\uD800\uDC00defg', 5)).toBe('abc…');
    expect(shortenForWhatsApp('abc\uDBFF\uDFFFdefg', 5)).toBe('abc…');
  });

  it('keeps a whole emoji that ends right before the cut, and characters above the surrogates', () => {
    expect(shortenForWhatsApp('ab\uD83D\uDE00cdef', 5)).toBe('ab\uD83D\uDE00…');
    expect(shortenForWhatsApp('abc\uFF41defg', 5)).toBe('abc\uFF41…');
  });
});

describe("officials' WhatsApp numbers", () => {
  it('accepts Indonesian mobiles as 08…, +62… or 62… and keeps them as +62…', () => {
    expect(whatsAppNumberText('0812-3456-7890')).toBe('+6281234567890');
    expect(whatsAppNumberText('+62 (812) 3456.7890')).toBe('+6281234567890');
    expect(whatsAppNumberText('81234567890')).toBe('+6281234567890');
    expect(isWhatsAppNumber('6281234567890')).toBe(true);
  });

  it('refuses landlines, foreign numbers, formulas and text', () => {
    for (const bad of ['022-7654321', '+1 415 555 0100', '=HYPERLINK("x")', 'WA saya', ''])
      expect([bad, isWhatsAppNumber(bad), whatsAppNumberText(bad)]).toEqual([bad, false, null]);
  });

  it('reads a cell the sheet gives as a number, and refuses an empty cell read as null or undefined', () => {
    const cell = (v: unknown) => v as string;
    expect(whatsAppNumberText(cell(81234567890))).toBe('+6281234567890');
    expect(waLink(cell(6281234567890), 'Halo')).toBe('https://wa.me/6281234567890?text=Halo');
    for (const empty of [null, undefined])
      expect([isWhatsAppNumber(cell(empty)), whatsAppNumberText(cell(empty)), waLink(cell(empty), 'Halo')]).toEqual([
        false,
        null,
        null,
      ]);
  });
});

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
});

import { createHash, createHmac } from 'crypto';
import { gas } from './helpers';

const signed = (buf: Buffer): number[] => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

describe('Utilities', () => {
  const { Utilities, ws } = gas();
  const d = new Date('2025-01-06T16:05:09.042Z');

  it('formatDate follows SimpleDateFormat in WITA and WIT', () => {
    expect(Utilities.formatDate(d, 'Asia/Makassar', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2025-01-07T00:05:09.042+08:00',
    );
    expect(Utilities.formatDate(d, 'Asia/Jayapura', 'EEEE, d MMMM yy hh:mm a Z z')).toBe(
      'Tuesday, 7 January 25 01:05 AM +0900 WIT',
    );
    expect(Utilities.formatDate(d, 'Asia/Jakarta', "EEE dd/MM/yyyy H 'jam' ''")).toBe("Mon 06/01/2025 23 jam '");
    expect(Utilities.formatDate(d, 'Nowhere/City', 'HH:mm')).toBe('16:05');
    expect(() => Utilities.formatDate(d, 'UTC', 'yyyy-bb')).toThrow("Illegal pattern character 'b'");
  });

  it('computeDigest and HMAC return signed Java bytes equal to node crypto', () => {
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'ñandú');
    expect(md5).toEqual(signed(createHash('md5').update('ñandú', 'utf8').digest()));
    expect(md5.some((b) => b < 0)).toBe(true);
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc')).toEqual(
      signed(createHash('sha256').update('abc').digest()),
    );
    expect(Utilities.computeHmacSha256Signature('payload', 'secret')).toEqual(
      signed(createHmac('sha256', 'secret').update('payload').digest()),
    );
  });

  it('base64 round-trips strings and signed bytes', () => {
    expect(Utilities.base64Encode('id:rahasia')).toBe(Buffer.from('id:rahasia').toString('base64'));
    expect(Utilities.base64Decode('/w==')).toEqual([-1]);
    expect(Utilities.base64EncodeWebSafe([-1, -2, -3])).toBe('__79');
    expect(
      Utilities.newBlob(
        Utilities.base64Decode(Utilities.base64Encode('halo')),
        'text/plain',
        'a.txt',
      ).getDataAsString(),
    ).toBe('halo');
    expect(() => Utilities.base64Decode('@@@')).toThrow('Could not decode string.');
  });

  it('sleep advances the fake clock instead of waiting', () => {
    const t0 = ws.clock.now().getTime();
    const real0 = Date.now();
    Utilities.sleep(60_000);
    expect(ws.clock.now().getTime() - t0).toBe(60_000);
    expect(Date.now() - real0).toBeLessThan(1000);
  });

  it('getUuid returns distinct v4 UUIDs', () => {
    const a = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(a);
  });
});

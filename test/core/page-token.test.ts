import { createHmac } from 'crypto';
import { claimOf, pageLink, pageSigner, type HmacSha256 } from '../../src/core/page-token';

const hmac: HmacSha256 = (message, secret) => [...createHmac('sha256', secret).update(message, 'utf8').digest()];
const SECRET = 'a'.repeat(16) + 'b'.repeat(16) + 'c'.repeat(32);
const now = new Date('2026-03-02T03:00:00Z');
const signer = pageSigner(hmac, SECRET);
const claim = { page: 'status', ref: 'VC-2026-0001' };

describe('page tokens', () => {
  it('accepts the token of its own claim and refuses it for another request, page or secret', () => {
    const token = signer.sign(claim);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(signer.verify(claim, token, now)).toBe(true);
    expect(signer.verify({ ...claim, ref: 'VC-2026-0002' }, token, now)).toBe(false);
    expect(signer.verify({ ...claim, page: 'tugas' }, token, now)).toBe(false);
    expect(pageSigner(hmac, SECRET.replace('a', 'z')).verify(claim, token, now)).toBe(false);
    expect(signer.verify(claim, token.slice(0, 31), now)).toBe(false);
    expect(signer.verify(claim, undefined, now)).toBe(false);
  });

  it('signs with the real HMAC-SHA256 (Apps Script signed bytes give the same token)', () => {
    const signed: HmacSha256 = (m, s) => hmac(m, s).map((b) => (b > 127 ? b - 256 : b));
    expect(pageSigner(signed, SECRET).sign(claim)).toBe(signer.sign(claim));
    const expected = createHmac('sha256', SECRET)
      .update('layanan-vicon-page-v1\nstatus\nVC-2026-0001\n')
      .digest('hex')
      .slice(0, 32);
    expect(signer.sign(claim)).toBe(expected);
  });

  it('stops working after `until`, and the end cannot be moved without a new token', () => {
    const until = now.getTime() + 60_000;
    const token = signer.sign({ ...claim, until });
    expect(signer.verify({ ...claim, until }, token, now)).toBe(true);
    expect(signer.verify({ ...claim, until }, token, new Date(until + 1))).toBe(false);
    expect(signer.verify({ ...claim, until: until + 86_400_000 }, token, now)).toBe(false);
    expect(signer.verify(claim, token, now)).toBe(false);
  });

  it('refuses a secret shorter than 32 characters and takes one of exactly 32', () => {
    expect(() => pageSigner(hmac, 'pendek')).toThrow('Rahasia tautan halaman terlalu pendek.');
    expect(() => pageSigner(hmac, 'k'.repeat(31))).toThrow('Rahasia tautan halaman terlalu pendek.');
    const exact = pageSigner(hmac, 'k'.repeat(32));
    expect(exact.verify(claim, exact.sign(claim), now)).toBe(true);
  });

  it('builds a link whose parameters read back as the same claim', () => {
    const link = pageLink('https://script.google.com/macros/s/X/exec', signer, { ...claim, until: 123 });
    const url = new URL(link);
    expect(url.searchParams.get('p')).toBe('status');
    const back = claimOf(Object.fromEntries(url.searchParams));
    expect(back?.claim).toEqual({ ...claim, until: 123 });
    expect(signer.verify(back!.claim, back!.token, new Date(0))).toBe(true);
    expect(pageLink('  ', signer, claim)).toBe('');
  });

  it('adds its parameters after those an address already has', () => {
    const token = signer.sign(claim);
    expect(pageLink(' https://script.google.com/a/macros/kominfo.go.id/s/X/exec?authuser=0 ', signer, claim)).toBe(
      `https://script.google.com/a/macros/kominfo.go.id/s/X/exec?authuser=0&p=status&r=VC-2026-0001&t=${token}`,
    );
  });

  it('reads no claim from incomplete or malformed parameters', () => {
    expect(claimOf({ p: 'status', r: 'VC-1' })).toBeNull();
    expect(claimOf({ p: 'status', r: 'VC-1', t: 'x', u: '12x' })).toBeNull();
    expect(claimOf({ r: 'VC-1', t: 'x' })).toBeNull();
    expect(claimOf({ p: 'status', r: 'VC-1', t: 'x', u: '+12' })).toBeNull();
    expect(claimOf({ p: 'status', r: 'VC-1', t: 'x', u: '1234567890123456' })).toBeNull();
    expect(claimOf({ p: 'status', r: 'VC-1', t: 'x', u: '123456789012345' })).toEqual({
      claim: { page: 'status', ref: 'VC-1', until: 123456789012345 },
      token: 'x',
    });
  });
});

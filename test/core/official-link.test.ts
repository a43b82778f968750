import { createHmac } from 'crypto';
import {
  checkCode,
  codeFrom,
  codeRecord,
  deviceFields,
  isKnownDevice,
  parseStepRef,
  stepClaim,
  tasksClaim,
} from '../../src/core/official-link';
import { pageSigner } from '../../src/core/page-token';

const signer = pageSigner((m, s) => [...createHmac('sha256', s).update(m).digest()], 'r'.repeat(40));
const other = pageSigner((m, s) => [...createHmac('sha256', s).update(m).digest()], 's'.repeat(40));
const now = new Date('2026-11-23T02:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60 * 1000);
const KADIS = 'kadis@kominfo.go.id';

describe('step and task links', () => {
  it('a step link names request, step, official (lower case) and version, and ends three days on', () => {
    const claim = stepClaim(
      { requestId: 'VC-2026-0007', stepId: 'disposisi_kadis', email: 'Kadis@Kominfo.go.id', version: 4 },
      now,
    );
    expect(claim.page).toBe('langkah');
    expect(parseStepRef(claim.ref)).toEqual({
      requestId: 'VC-2026-0007',
      stepId: 'disposisi_kadis',
      email: KADIS,
      version: 4,
    });
    expect(claim.until).toBe(Date.parse('2026-11-26T02:00:00Z'));
    expect(signer.verify(claim, signer.sign(claim), minutes(3 * 24 * 60))).toBe(true);
    expect(signer.verify(claim, signer.sign(claim), minutes(3 * 24 * 60 + 1))).toBe(false);
  });

  it('a malformed ref names nothing', () => {
    for (const ref of ['VC-1|s|kadis@x|', 'VC-1|s|kadis|3', 'VC-1|s|kadis@x|3|extra', '|s|a@b|1', 'VC-1||a@b|1'])
      expect(parseStepRef(ref)).toBeNull();
    for (const version of ['x3', '3x', '-3', '1234567890']) expect(parseStepRef(`VC-1|s|a@b|${version}`)).toBeNull();
  });

  it('a step link for an address typed with spaces, at a later version, reads back exactly', () => {
    const claim = stepClaim(
      { requestId: 'VC-2026-0007', stepId: 'disposisi_kadis', email: ' Kadis@Kominfo.go.id ', version: 123456789 },
      now,
    );
    expect(claim.ref).toBe('VC-2026-0007|disposisi_kadis|kadis@kominfo.go.id|123456789');
    expect(parseStepRef(claim.ref)?.version).toBe(123456789);
  });

  it('a task link is the official’s, for a week', () => {
    expect(tasksClaim(' KADIS@kominfo.go.id ', now)).toEqual({
      page: 'tugas',
      ref: KADIS,
      until: Date.parse('2026-11-30T02:00:00Z'),
    });
  });
});

describe('remembered devices', () => {
  it('a device token opens only its own official’s pages, under this secret, for 30 days', () => {
    const fields = deviceFields(signer, KADIS, now);
    expect(isKnownDevice(signer, KADIS, fields, minutes(60))).toBe(true);
    expect(isKnownDevice(signer, 'kabid@kominfo.go.id', fields, minutes(60))).toBe(false);
    expect(isKnownDevice(other, KADIS, fields, minutes(60))).toBe(false);
    expect(isKnownDevice(signer, KADIS, fields, minutes(30 * 24 * 60 + 1))).toBe(false);
    expect(isKnownDevice(signer, KADIS, { ...fields, dv: String(Number(fields.dv) + 1) }, now)).toBe(false);
    expect(isKnownDevice(signer, KADIS, {}, now)).toBe(false);
  });

  it('a device remembered under an address in capitals is known for the same address in any case', () => {
    const fields = deviceFields(signer, 'Kadis@Kominfo.go.id', now);
    expect(isKnownDevice(signer, KADIS, fields, minutes(60))).toBe(true);
    expect(isKnownDevice(signer, 'KADIS@KOMINFO.GO.ID', fields, minutes(60))).toBe(true);
  });

  it('refuses a device end that is not plain digits, even one that reads as the same number', () => {
    const fields = deviceFields(signer, KADIS, now);
    for (const dv of [`+${fields.dv}`, ` ${fields.dv}`, `${fields.dv} `, `${fields.dv}.0`])
      expect(isKnownDevice(signer, KADIS, { ...fields, dv }, minutes(60))).toBe(false);
  });
});

describe('one-time codes', () => {
  it('six digits from a UUID', () => {
    expect(codeFrom('00000000-0000-4000-8000-000000000000')).toBe('000000');
    expect(codeFrom('ffffffff-ffff-4fff-bfff-ffffffffffff')).toMatch(/^\d{6}$/);
    expect(codeFrom('0001e240-0000-4000-8000-000000000000')).toBe(String(0x0001e2400000 % 1_000_000).padStart(6, '0'));
    expect(codeFrom('00000000-0000-4000-8000-0000000f4241')).toBe('000000');
    expect(codeFrom('0000000f-4241-4000-8000-000000000000')).toBe('000001');
    expect(codeFrom('')).toBe('000000');
    expect(codeFrom('zzzz-zzzz')).toBe('000000');
  });

  it('are kept only as a keyed hash, and the right code is accepted within ten minutes', () => {
    const record = codeRecord(signer, KADIS, '482913', now);
    expect(JSON.stringify(record)).not.toContain('482913');
    expect(checkCode(signer, KADIS, record, ' 482 913 ', minutes(9))).toEqual({ ok: true });
    expect(checkCode(signer, KADIS, record, '482913', minutes(11))).toEqual({
      ok: false,
      reason: 'Kode sudah tidak berlaku. Minta kode baru lalu coba lagi.',
      keep: null,
    });
    expect(checkCode(signer, 'kabid@kominfo.go.id', record, '482913', minutes(1)).ok).toBe(false);
  });

  it('still works at the tenth minute exactly, and one millisecond later no more', () => {
    const record = codeRecord(signer, KADIS, '482913', now);
    expect(checkCode(signer, KADIS, record, '482913', minutes(10))).toEqual({ ok: true });
    expect(checkCode(signer, KADIS, record, '482913', new Date(minutes(10).getTime() + 1))).toEqual({
      ok: false,
      reason: 'Kode sudah tidak berlaku. Minta kode baru lalu coba lagi.',
      keep: null,
    });
  });

  it('five wrong tries use the code up', () => {
    let record = codeRecord(signer, KADIS, '482913', now);
    const reasons: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = checkCode(signer, KADIS, record, '000000', minutes(1));
      if (r.ok) throw new Error('a wrong code was accepted');
      reasons.push(r.reason);
      if (r.keep) record = r.keep;
      else break;
    }
    expect(reasons).toEqual([
      'Kode salah. Sisa percobaan: 4.',
      'Kode salah. Sisa percobaan: 3.',
      'Kode salah. Sisa percobaan: 2.',
      'Kode salah. Sisa percobaan: 1.',
      'Kode salah dan percobaan sudah habis. Minta kode baru lalu coba lagi.',
    ]);
    expect(checkCode(signer, KADIS, { ...record, tries: 5 }, '482913', minutes(1))).toEqual({
      ok: false,
      reason: 'Terlalu banyak percobaan. Minta kode baru lalu coba lagi.',
      keep: null,
    });
  });
});

import { parseAnswers } from '../../../src/core/intake/parse';
import { validateRequest } from '../../../src/core/intake/validate';
import { FOLLOW_UP_PROBLEM } from '../../../src/core/intake/letter-fields';
import { enterStart, intakeEffects } from '../../../src/core/sop/entry';
import { addApplicantEmail, awaitsFollowUp, FOLLOW_UP_STATUS, followsUp } from '../../../src/core/sop/follow-up';
import { presetById } from '../../../src/core/sop/presets';
import { roundTheClock } from '../../../src/core/working-time';
import { validAnswers } from '../../fixtures/answers';
import { makeActor, makeRequest, T0 } from './fixtures';

const NOW = new Date('2026-11-23T03:00:00Z');
const POLICY = { timeZone: 'Asia/Jakarta' as const, minLeadDays: 1, maxDurationHours: 8 };
const bandung = presetById('000-bandung')!;
const singkawang = presetById('002-singkawang')!;

describe('a letter is validated against its own required fields', () => {
  const letter = (over: Record<string, string>) => parseAnswers(validAnswers(over));

  test('without email, position, phone or participants: only the TU follow-up, no correction', () => {
    const r = validateRequest(
      letter({ Email: '', Jabatan: '', 'Nomor WhatsApp': '', 'Perkiraan jumlah peserta': '' }),
      { ...POLICY, source: 'letter' },
      NOW,
    );
    expect(r.problems).toEqual([FOLLOW_UP_PROBLEM]);
  });

  test('the same answers from the form are refused field by field (the FPVC requires them)', () => {
    const r = validateRequest(
      letter({ Jabatan: '', 'Nomor WhatsApp': '', 'Perkiraan jumlah peserta': '' }),
      POLICY,
      NOW,
    );
    expect(r.problems).toEqual(
      expect.arrayContaining([
        'Jabatan wajib diisi.',
        'Nomor WhatsApp wajib diisi.',
        'Perkiraan jumlah peserta wajib diisi dengan angka.',
      ]),
    );
    expect(r.problems).not.toContain(FOLLOW_UP_PROBLEM);
  });

  test('a letter with an unreadable email or no title still has those problems', () => {
    const r = validateRequest(
      letter({ Email: 'bukan-email', 'Judul kegiatan': '' }),
      { ...POLICY, source: 'letter' },
      NOW,
    );
    expect(r.problems).toEqual(['Alamat email tidak valid.', 'Judul kegiatan wajib diisi.']);
  });
});

describe('a letter waiting for TU', () => {
  const waiting = (preset = bandung) =>
    enterStart(
      makeRequest({ source: 'letter', email: '', problems: [FOLLOW_UP_PROBLEM], stepId: '' }),
      preset,
      T0,
      false,
    );

  test('waits at the revision step with the follow-up status, and nobody is mailed', () => {
    const r = waiting();
    expect([r.stepId, r.status, awaitsFollowUp(r, bandung)]).toEqual(['perbaikan', FOLLOW_UP_STATUS, true]);
    expect(intakeEffects(r, bandung)).toEqual([]);
  });

  test('a form request without email is not a TU follow-up', () => {
    const r = enterStart(makeRequest({ source: 'form', email: '', problems: ['x'] }), bandung, T0, false);
    expect([r.status, awaitsFollowUp(r, bandung)]).toEqual(['Perlu Perbaikan', false]);
  });

  test('TU (where the preset has TU) or an admin adds the email; the request enters the first step', () => {
    const cal = roundTheClock('Asia/Jakarta');
    const r = waiting(singkawang);
    const byKadis = addApplicantEmail(r, singkawang, makeActor(['kadis']), 'a@b.go.id', NOW, cal);
    expect(byKadis.ok).toBe(false);
    const done = addApplicantEmail(r, singkawang, makeActor(['tu']), ' Budi@Bappeda.go.id ', NOW, cal);
    if (!done.ok) throw new Error(done.reason);
    expect([done.request.stepId, done.request.email, done.request.problems]).toEqual([
      singkawang.start,
      'budi@bappeda.go.id',
      [],
    ]);
    expect(done.history.action).toBe('lengkapi_email');
    expect(done.effects.map((e) => [e.kind, e.params.template ?? ''])).toContainEqual(['notify_applicant', 'diterima']);
    expect(
      addApplicantEmail(waiting(), bandung, makeActor(['kadis'], { isAdmin: true }), 'a@b.go.id', NOW, cal).ok,
    ).toBe(true);
    expect(addApplicantEmail(waiting(), bandung, makeActor(['tu']), 'a@b.go.id', NOW, cal).ok).toBe(false);
  });

  test('only a letter at the revision step whose email is blank waits for TU', () => {
    const r = waiting();
    expect(awaitsFollowUp({ ...r, email: '   ' }, bandung)).toBe(true);
    expect(awaitsFollowUp({ ...r, stepId: bandung.start }, bandung)).toBe(false);
    expect(awaitsFollowUp({ ...r, email: 'budi@bappeda.go.id' }, bandung)).toBe(false);
  });

  test('the Plh of TU follows up too; the Plh of another role does not', () => {
    const plh = (role: string) => makeActor(['kadis'], { delegated: [{ role, forName: 'Ani Suryani' }] });
    expect([followsUp(plh('tu'), singkawang), followsUp(plh('kabid'), singkawang)]).toEqual([true, false]);
  });

  test('refuses, in plain words, a request not waiting for TU, a non-TU official and an unreadable address', () => {
    const cal = roundTheClock('Asia/Jakarta');
    const tu = makeActor(['tu']);
    const r = waiting(singkawang);
    expect(addApplicantEmail({ ...r, email: 'lama@bappeda.go.id' }, singkawang, tu, 'a@b.go.id', NOW, cal)).toEqual({
      ok: false,
      code: 'wrong_step',
      reason: 'Permohonan ini tidak sedang menunggu email pemohon dari TU.',
    });
    expect(addApplicantEmail(r, singkawang, makeActor(['kabid']), 'a@b.go.id', NOW, cal)).toEqual({
      ok: false,
      code: 'wrong_role',
      reason: 'Email pemohon dilengkapi oleh TU atau admin; Anda tidak memegang peran itu.',
    });
    expect(addApplicantEmail(r, singkawang, tu, 'budi di bappeda', NOW, cal)).toEqual({
      ok: false,
      code: 'invalid_input',
      reason: 'Alamat email pemohon tidak valid, contoh: nama@instansi.go.id.',
    });
  });

  test('the history names TU (by name, else by email) and the address added', () => {
    const cal = roundTheClock('Asia/Jakarta');
    const named = addApplicantEmail(waiting(singkawang), singkawang, makeActor(['tu']), 'budi@bappeda.go.id', NOW, cal);
    const unnamed = addApplicantEmail(
      waiting(singkawang),
      singkawang,
      makeActor(['tu'], { name: '' }),
      'budi@bappeda.go.id',
      NOW,
      cal,
    );
    if (!named.ok || !unnamed.ok) throw new Error('refused');
    expect(named.history).toMatchObject({
      actorEmail: 'tu@diskominfo.go.id',
      actorLabel: 'Pejabat tu',
      note: 'Email pemohon: budi@bappeda.go.id',
    });
    expect(unnamed.history.actorLabel).toBe('tu@diskominfo.go.id');
  });

  test('a letter with other problems too gets the email and a correction request mailed to it', () => {
    const cal = roundTheClock('Asia/Jakarta');
    const r = enterStart(
      makeRequest({ source: 'letter', email: '', problems: [FOLLOW_UP_PROBLEM, 'Judul kegiatan wajib diisi.'] }),
      singkawang,
      T0,
      false,
    );
    const out = addApplicantEmail(r, singkawang, makeActor(['tu']), 'budi@bappeda.go.id', NOW, cal);
    if (!out.ok) throw new Error(out.reason);
    expect([out.request.stepId, out.request.email, out.request.problems]).toEqual([
      singkawang.revisionStep,
      'budi@bappeda.go.id',
      ['Judul kegiatan wajib diisi.'],
    ]);
    expect(out.effects.map((e) => [e.kind, e.params.template])).toEqual([['notify_applicant', 'perbaikan']]);
  });
});

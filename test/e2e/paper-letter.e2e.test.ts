/**
 * Paper letters on the built bundle (issue 16 §2.6): the fields the server requires of a letter are
 * the fields the sidebar's "Input surat" form marks required, and a letter without the applicant's
 * email is registered and waits for TU, who adds the email so the request continues.
 */
import type { IntakeResultDto, LetterRequestDto, Result, SidebarStateDto } from '../../src/shared/rpc';
import { LETTER_SECTIONS, toLetterRequest, validateLetter, type LetterField } from '../../src/ui/letter';
import { type E2E, e2eWorld, ok } from './world';
import { validLetter as letter } from '../fixtures/letter';

const TU = 'tu@kominfo.go.id';
const ADMIN = 'admin@kominfo.go.id';

function enter(e: E2E, dto: LetterRequestDto): Result<IntakeResultDto> {
  return e.app.call<Result<IntakeResultDto>>('submitLetterRequest', dto);
}

function tasksOf(e: E2E, who: string) {
  e.as(who);
  return ok(e.state() as Result<SidebarStateDto>).tasks;
}

/** Mails that went out with nobody (or no address) to send them to. */
const mailsToNobody = (e: E2E) =>
  e.ws.mail.outbox.filter((m) => m.to.length === 0 || m.to.some((t) => !t.includes('@')));

describe('a paper letter without the applicant email (Singkawang, which has TU)', () => {
  it('is registered for TU, shows in TU\'s "Tugas saya", and continues once TU adds the email', () => {
    const e = e2eWorld('002-singkawang');
    e.as(TU);
    const entered = ok(enter(e, letter({ email: '' })));
    const id = entered.id;
    expect(entered.status).toBe('Perlu tindak lanjut TU: email pemohon belum ada');
    expect(e.column('Status')).toEqual(['Perlu tindak lanjut TU: email pemohon belum ada']);
    expect(mailsToNobody(e)).toEqual([]);

    const card = tasksOf(e, TU).find((t) => t.id === id);
    expect(card?.stepLabel).toBe('Perlu tindak lanjut TU: email pemohon belum ada');
    expect(tasksOf(e, 'kadis@kominfo.go.id').map((t) => t.id)).not.toContain(id);

    e.as(TU);
    const detail = ok(e.detail(id));
    expect(detail.actions.map((a) => [a.id, a.label, a.requires])).toEqual([
      ['lengkapi_email', 'Lengkapi email pemohon', ['email']],
    ]);
    expect(e.act(id, 'lengkapi_email', { email: 'bukan email' })).toEqual({
      ok: false,
      error: 'Alamat email pemohon tidak valid, contoh: nama@instansi.go.id.',
    });

    const done = ok(e.act(id, 'lengkapi_email', { email: 'Budi@Bappeda.go.id' }));
    expect(done.detail.status).toBe('Menunggu Pencatatan TU');
    expect(e.column('Email')).toEqual(['budi@bappeda.go.id']);
    const receipt = e.ws.mail.outbox.filter((m) => m.to.includes('budi@bappeda.go.id'));
    expect(receipt).toHaveLength(1);
    expect(receipt[0].subject).toContain(id);
    expect(done.detail.timeline.map((t) => t.sentence)).toContain('Petugas TU melengkapi email pemohon dari surat.');
    // The request is now at Singkawang's first step: TU records the SRIKANDI number as usual.
    const next = ok(e.act(id, 'catat', { srikandiNumber: 'SRK-9' }));
    expect(next.detail.status).toBe('Menunggu Disposisi Kepala Dinas');
    expect(mailsToNobody(e)).toEqual([]);
  });

  it('only TU or an admin may add the email', () => {
    const e = e2eWorld('002-singkawang');
    e.as(TU);
    const { id } = ok(enter(e, letter({ email: '' })));
    e.as('kadis@kominfo.go.id');
    expect(ok(e.detail(id)).actions).toEqual([]);
    const refused = e.act(id, 'lengkapi_email', { email: 'budi@bappeda.go.id' });
    expect(refused.ok).toBe(false);
    expect(e.column('Email')).toEqual(['']);
  });
});

describe('a paper letter without email where the preset has no TU (Bandung)', () => {
  it('waits for the admins, who add the email; the request then enters the first step', () => {
    const e = e2eWorld('000-bandung');
    e.as('kadis@kominfo.go.id');
    const { id } = ok(enter(e, letter({ email: '' })));
    expect(tasksOf(e, ADMIN).map((t) => t.stepLabel)).toEqual(['Perlu tindak lanjut TU: email pemohon belum ada']);
    e.as(ADMIN);
    const done = ok(e.act(id, 'lengkapi_email', { email: 'budi@bappeda.go.id' }));
    expect(done.detail.status).not.toMatch(/tindak lanjut|Perbaikan/);
    expect(tasksOf(e, 'kadis@kominfo.go.id').map((t) => t.id)).toEqual([id]);
  });
});

describe('required fields of a letter: the form and the server agree', () => {
  const FORM_FIELDS = LETTER_SECTIONS.flatMap((s) => s.fields);
  const marked = FORM_FIELDS.filter((f) => f.required).map((f) => f.name);

  /** The server requires `name` when leaving only it empty is refused or sends the letter back for correction. */
  function serverRequires(name: LetterField): boolean {
    const e = e2eWorld('000-bandung');
    e.as('kadis@kominfo.go.id');
    const emptied = typeof letter()[name] === 'boolean' ? false : '';
    const r = enter(e, letter({ [name]: emptied }));
    if (!r.ok) return true;
    return r.value.problems.some((p) => p !== 'Perlu tindak lanjut TU: email pemohon belum ada.');
  }

  it('marks at least the applicant, agency, title, date and times required (the test can fail)', () => {
    expect(marked).toEqual(expect.arrayContaining(['applicantName', 'agency', 'title', 'eventDate', 'startTime']));
  });

  it('every field the form marks required is required by the server, and no other', () => {
    const required = FORM_FIELDS.map((f) => f.name).filter((name) => serverRequires(name));
    expect(required.sort()).toEqual([...marked].sort());
  });

  it('a letter needs its own number or its SRIKANDI number, on both sides', () => {
    const e = e2eWorld('000-bandung');
    e.as('kadis@kominfo.go.id');
    expect(ok(enter(e, letter({ letterNumber: '', srikandiNumber: 'SRK-1' }))).problems).toEqual([]);
    expect(ok(enter(e, letter({ letterNumber: '005/78', srikandiNumber: '' }))).problems).toEqual([]);
    const neither = ok(enter(e, letter({ agency: 'Dinkes', letterNumber: '', srikandiNumber: '' })));
    expect(neither.problems).toEqual(['Nomor surat atau nomor SRIKANDI wajib diisi.']);
    expect(validateLetter(toLetterRequest({ ...letter(), letterNumber: '', srikandiNumber: '' }))).toEqual({
      letterNumber: 'Isi nomor surat atau nomor SRIKANDI.',
    });
  });
});

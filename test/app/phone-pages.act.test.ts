/**
 * The step page's buttons (POST, app/phone-pages.ts): the one-time code (send, check), and an action
 * pressed from the phone, run once as the sidebar would, for the link's official at the link's version.
 */
import { performStep } from '../../src/app/act';
import { stepClaim } from '../../src/core/official-link';
import { pageLink } from '../../src/core/page-token';
import { BANDUNG } from '../../src/core/sop/presets';
import type { Preset } from '../../src/core/sop/types';
import { formsOf, ID, linksOf, paramsOf, phoneOffice, SELF } from './fakes-phone-pages';

const KADIS = 'kadis@kominfo.go.id';
type Office = ReturnType<typeof phoneOffice>;
const statusOf = (html: string) => /<p class="ok" role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
const alertOf = (html: string) => /<p class="note" role="alert">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
const written = (o: Office) => JSON.stringify([o.w.register.rows, o.w.history.records]);

/** Acts through the use case as `<role>@kominfo.go.id`, step by step, at the row's version. */
function advance(o: Office, ...steps: Array<[string, string]>) {
  for (const [role, action] of steps) {
    o.w.as(`${role}@kominfo.go.id`);
    const dto = { requestId: ID, action, expectedVersion: o.w.register.rows[0].version, input: {} };
    expect(performStep(o.w.deps, dto).ok).toBe(true);
  }
}

/** Presses `action` on `link` as a phone the official is signed in on, with `fields`. */
function press(o: Office, link: Record<string, string>, action: string, fields: Record<string, string> = {}) {
  o.state.visitor = link.r.split('|')[2];
  return o.visit('post', link, { a: 'aksi', x: action, ...fields });
}

describe('an action pressed from the phone', () => {
  it('runs it once for the link official, noted as via ponsel, and answers with Tugas saya', () => {
    const o = phoneOffice();
    const link = o.stepParams(KADIS);
    const page = press(o, link, 'disposisi', { note: '  Segera  ' });
    expect(page.title).toBe('Tercatat');
    expect(page.html).toContain(
      '<p>Disposisikan ke Kepala Bidang: tercatat untuk VC-2026-0001. 3 efek masih tertunda dan akan dicoba lagi.</p>',
    );
    expect(linksOf(page).map(([l, u]) => [l, paramsOf(u).p, paramsOf(u).r])).toEqual([['Tugas saya', 'tugas', KADIS]]);
    expect(o.w.register.rows[0]).toMatchObject({ stepId: 'disposisi_kabid', version: 2 });
    const last = o.w.history.records.filter((h) => h.kind === 'aksi');
    expect(last.map((h) => [h.actorEmail, h.actorLabel, h.note])).toEqual([
      [KADIS, 'Petugas Kepala Dinas (via ponsel)', 'Segera'],
    ]);
    const again = press(o, link, 'disposisi');
    expect(again.title).toBe('Langkah sudah selesai');
    expect(o.w.register.rows[0].version).toBe(2);
  });

  it('offers the Kabari lewat WhatsApp link to the next official before Tugas saya, and no other chat link', () => {
    const o = phoneOffice({ officialWhatsApp: true });
    o.w.users.find((u) => u.email === 'kabid@kominfo.go.id')!.whatsapp = '0813-2222-3333';
    o.w.users.find((u) => u.email === KADIS)!.isAdmin = true;
    const page = press(o, o.stepParams(KADIS), 'disposisi');
    const [tell, tasks, ...more] = linksOf(page);
    expect(tell[0]).toBe('Kabari lewat WhatsApp: Petugas Kabid Diseminasi (Kabid Diseminasi)');
    expect(tell[1]).toMatch(/^https:\/\/wa\.me\/6281322223333\?text=Yth\./);
    expect(tasks[0]).toBe('Tugas saya');
    expect(more).toEqual([]);
  });
});

/** Bandung with one more action at the Kadis's step asking for every field a phone can give. */
const EVERY_FIELD: Preset = {
  ...BANDUNG,
  steps: BANDUNG.steps.map((s) =>
    s.id === 'disposisi_kadis'
      ? {
          ...s,
          actions: [
            ...s.actions,
            {
              id: 'lengkapi',
              label: 'Lengkapi Semua',
              to: 'disposisi_kabid',
              requires: ['operator', 'alternative', 'srikandi_number', 'test_time', 'link', 'note'],
              effects: [],
            },
          ],
        }
      : s,
  ),
};

describe('the fields an action asks for', () => {
  it('are read from the posted form, trimmed, and only those the action asks for', () => {
    const o = phoneOffice({}, { Platform: 'Lainnya' });
    o.w.deps.presets = { byId: (id) => (id === BANDUNG.id ? EVERY_FIELD : undefined) };
    const link = o.stepParams(KADIS);
    const page = press(o, link, 'lengkapi', {
      note: ' Sudah lengkap ',
      operator: ' operator@kominfo.go.id ',
      altDate: ' 2026-12-01 ',
      altStart: ' 13:00 ',
      altEnd: ' 14:00 ',
      srikandiNumber: ' 800/12/SRK ',
      testDate: ' 2026-11-27 ',
      testTime: ' 10:00 ',
      link: ' https://meet.jit.si/rapat-ppdb ',
    });
    expect(page.title).toBe('Tercatat');
    expect(o.w.register.rows[0]).toMatchObject({
      operator: 'operator@kominfo.go.id',
      offers: [{ date: '2026-12-01', start: '13:00', end: '14:00' }],
      srikandiNumber: '800/12/SRK',
      testTime: '2026-11-27 10:00',
      joinUrl: 'https://meet.jit.si/rapat-ppdb',
    });
    expect(o.w.history.records.filter((h) => h.kind === 'aksi').map((h) => h.note)).toEqual([
      'Sudah lengkap\nTautan rapat dicatat: https://meet.jit.si/rapat-ppdb\nNomor SRIKANDI: 800/12/SRK\nUji koneksi: 2026-11-27 10:00',
    ]);
  });
});

describe('an action the phone does not run', () => {
  it('asks an unknown device for its code first and writes nothing', () => {
    const o = phoneOffice();
    const before = written(o);
    const page = o.visit('post', o.stepParams(KADIS), { a: 'aksi', x: 'disposisi' });
    expect(alertOf(page.html)).toBe('Masukkan kode dari email Anda sebelum bertindak.');
    expect(formsOf(page).map((f) => f.a)).toEqual(['kode_kirim']);
    expect(written(o)).toBe(before);
  });

  it('refuses an action the official is not offered at the step, and writes nothing', () => {
    const o = phoneOffice();
    const before = written(o);
    const unknown = press(o, o.stepParams(KADIS), 'terbang');
    expect(unknown.title).toMatch(/^VC-2026-0001: Kepala Dinas menerima/);
    expect(statusOf(unknown.html)).toBe('Tindakan itu tidak tersedia untuk Anda pada langkah ini.');
    expect(formsOf(unknown).map((f) => f.x)).toEqual(['disposisi']);
    const notTheirs = press(o, o.stepParams('kabid@kominfo.go.id'), 'disposisi');
    expect(statusOf(notTheirs.html)).toBe('Tindakan itu tidak tersedia untuk Anda pada langkah ini.');
    expect(notTheirs.html).toContain('<p>Tidak ada tindakan untuk Anda pada langkah ini.</p>');
    expect(written(o)).toBe(before);
  });

  it('refuses an official no longer allowed to act, and a request whose SOP is unknown', () => {
    const o = phoneOffice();
    const link = o.stepParams(KADIS);
    const before = written(o);
    o.w.users.find((u) => u.email === KADIS)!.active = false;
    expect(press(o, link, 'disposisi').title).toBe('Tidak dapat bertindak');
    o.w.users.find((u) => u.email === KADIS)!.active = true;
    o.w.register.rows[0].presetId = 'tidak-ada';
    const page = press(o, link, 'disposisi');
    expect(statusOf(page.html)).toBe('Tindakan itu tidak tersedia untuk Anda pada langkah ini.');
    o.w.register.rows[0].presetId = BANDUNG.id;
    expect(written(o)).toBe(before);
  });

  it("shows the use case's refusal on the step page, then accepts the action once the reason is given", () => {
    const o = phoneOffice();
    advance(o, ['kadis', 'disposisi'], ['kabid', 'disposisi'], ['subkoor', 'terima']);
    const link = o.stepParams('subkoor@kominfo.go.id');
    const before = written(o);
    const refused = press(o, link, 'tolak', { note: '   ' });
    expect(refused.title).toMatch(/^VC-2026-0001: Subkoor memberi izin/);
    expect(statusOf(refused.html)).toBe('Tindakan &quot;Tidak Diizinkan&quot; memerlukan: alasan/catatan.');
    expect(written(o)).toBe(before);
    expect(press(o, link, 'tolak', { note: 'Ruang penuh' }).title).toBe('Tercatat');
    expect(o.w.register.rows[0]).toMatchObject({ stepId: 'ditolak', note: 'Ruang penuh' });
  });

  it('says a stale link is done, a link to a missing request is not valid, and an unknown button is not valid', () => {
    const o = phoneOffice();
    const link = o.stepParams(KADIS);
    o.state.visitor = KADIS;
    expect(o.visit('post', link, { a: 'hapus' }).title).toBe('Tautan tidak berlaku');
    expect(o.visit('post', link).title).toBe('Tautan tidak berlaku');
    const gone = stepClaim(
      { requestId: 'VC-2026-0099', stepId: 'disposisi_kadis', email: KADIS, version: 1 },
      o.w.now.t,
    );
    expect(press(o, paramsOf(pageLink(SELF, o.signer, gone)), 'disposisi').title).toBe('Tautan tidak berlaku');
    const stale = stepClaim({ requestId: ID, stepId: 'disposisi_kadis', email: KADIS, version: 0 }, o.w.now.t);
    const page = press(o, paramsOf(pageLink(SELF, o.signer, stale)), 'disposisi');
    expect(page.title).toBe('Langkah sudah selesai');
    expect(page.html).toContain('<p>Permohonan ini sudah berubah sejak tautan ini dibuat.');
    expect(linksOf(page).map(([l]) => l)).toEqual(['Tugas saya']);
    expect(o.w.register.rows[0].version).toBe(1);
  });

  it('refuses another signed-in account and a malformed link, writing nothing', () => {
    const o = phoneOffice();
    const before = written(o);
    o.state.visitor = 'kabid@kominfo.go.id';
    const link = o.stepParams(KADIS);
    expect(o.visit('post', link, { a: 'aksi', x: 'disposisi' }).title).toBe('Tautan untuk petugas lain');
    expect(o.visit('post', link, { a: 'kode_kirim' }).title).toBe('Tautan untuk petugas lain');
    expect(o.mails).toEqual([]);
    const bad = paramsOf(pageLink(SELF, o.signer, { page: 'langkah', ref: `${ID}|x|y|1`, until: 2e12 }));
    expect(o.visit('post', bad, { a: 'aksi', x: 'disposisi' }).title).toBe('Tautan tidak berlaku');
    expect(written(o)).toBe(before);
  });

  it('when another holder acts first while the press waits for the lock, says who did the step', () => {
    const o = phoneOffice();
    o.w.users.push({ ...o.w.users.find((u) => u.email === KADIS)!, email: 'wakil@kominfo.go.id', name: 'Wakil' });
    const link = o.stepParams(KADIS);
    let first = true;
    o.w.deps.lock = {
      run: (fn) => {
        if (first) {
          first = false;
          o.w.as('wakil@kominfo.go.id');
          performStep(o.w.deps, { requestId: ID, action: 'disposisi', expectedVersion: 1, input: {} });
          o.w.as(KADIS);
        }
        return fn();
      },
    };
    const page = press(o, link, 'disposisi');
    expect(page.title).toBe('Langkah sudah selesai');
    expect(page.html).toContain('<p>Langkah ini sudah dikerjakan oleh Wakil pada 23 November 2026 pukul 09.00 WIB.');
    expect(o.w.history.records.filter((h) => h.kind === 'aksi').map((h) => h.actorEmail)).toEqual([
      'wakil@kominfo.go.id',
    ]);
  });
});

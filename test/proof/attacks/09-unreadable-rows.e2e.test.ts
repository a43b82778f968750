/**
 * Issue #15, finding 9: rows a person typed wrong must not decide who may act or lock a request.
 * - A Plh whose dates were typed as text was in force forever; it is left out, and the admin sees why.
 * - One text cell in Riwayat's time column made its request impossible to open; that row is left
 *   out of the timeline with a warning, the rest is shown.
 * - Taking someone out of Pengguna or Plh applies at once, in the engine (its cached settings are
 *   dropped by its edit trigger) and in every panel (the snapshot it reads is republished).
 */
import { validAnswers } from '../../fixtures/answers';
import { ADMIN, e2eWorld, OFFICE, ok, stepAs } from '../../e2e/world';

const ID = 'VC-2026-0001';
const STAF = 'staf@kominfo.go.id';

describe('finding 9: unreadable rows are ignored with a warning; removals apply at once', () => {
  it('a Plh with dates typed as text is not in force, and the admin is told which row to fix', () => {
    const e = e2eWorld('000-bandung');
    e.addOfficial({ email: STAF, name: 'Staf Umum', roles: [] });
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Plh', range: 'A2:E2' }, [
      ['kadis', STAF, 'Petugas Kepala Dinas', "'1/1/2026", "'31/12/2026"],
    ]);
    e.submit(validAnswers());
    e.as(STAF);
    const mine = e.state();
    expect(mine.ok && mine.value.me.delegations).toEqual([]);
    expect(e.act(ID, 'disposisi')).toEqual({ ok: false, error: expect.stringMatching(/Kepala Dinas/) });
    e.as(ADMIN);
    const admin = ok(e.state());
    expect(admin.problem).toMatch(/Plh baris 2 diabaikan/);
  });

  it('a Riwayat row whose time is text is left out of the timeline with a warning; the request still opens and acts', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    stepAs(e, 'kadis', ID, 'disposisi');
    // Row 3 is the Kepala Dinas's task mail at intake; the applicant's receipt (row 4) stays readable.
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Riwayat', range: 'A3' }, [["'kemarin sore"]]);
    e.as('kabid@kominfo.go.id');
    const detail = ok(e.detail(ID));
    expect(detail.warnings.join(' ')).toMatch(/1 baris riwayat VC-2026-0001 tidak terbaca/);
    expect(detail.timeline.map((t) => t.action)).toEqual([
      'formulir diterima',
      'memberi tahu pemohon',
      'disposisi',
      'memberi tahu petugas',
    ]);
    ok(e.act(ID, 'disposisi'));
  });

  it('an official taken out of Pengguna, or out of Plh, can do nothing from the next click on', () => {
    const e = e2eWorld('000-bandung');
    e.addOfficial({ email: STAF, name: 'Staf Umum', roles: [] });
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Plh', range: 'A2:E2' }, [
      ['kadis', STAF, 'Petugas Kepala Dinas', '2026-11-01', '2026-12-31'],
    ]);
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Kedua' }));
    e.as(STAF);
    expect(ok(e.state()).tasks.map((t) => t.id)).toEqual([ID, 'VC-2026-0002']);
    ok(e.act(ID, 'disposisi'));
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Plh', range: 'A2:E2' }, [['', '', '', '', '']]);
    expect(ok(e.state()).tasks).toEqual([]);
    expect(e.act('VC-2026-0002', 'disposisi')).toEqual({ ok: false, error: expect.stringMatching(/Kepala Dinas/) });
    const users = e.sheet('Pengguna');
    const kabid = users.findIndex((r) => r[0] === 'kabid@kominfo.go.id') + 1;
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Pengguna', range: `E${kabid}` }, [['Tidak']]);
    e.as('kabid@kominfo.go.id');
    expect(e.state().ok).toBe(false);
    expect(e.act(ID, 'disposisi').ok).toBe(false);
  });
});

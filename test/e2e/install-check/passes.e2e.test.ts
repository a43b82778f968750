/**
 * "Periksa pemasangan" on a correct installation (the built bundles on the stand-in, installed as
 * an office installs them): every line passes, run by an admin from the sidebar; the test mail
 * goes from the office account to that admin; nothing the check made survives it, and running
 * it twice changes nothing. Only admins may run it.
 */
import { ADMIN, OFFICE, e2eWorld } from '../world';
import { command, panelToken } from '../office-account/callers';
import { CHECK_PARTS } from '../../../src/core/check/types';
import { footprint, line, runCheck } from './kit';

describe('Periksa pemasangan on a correct installation', () => {
  it('passes every line, under the identities that matter, and leaves nothing behind', () => {
    const e = e2eWorld();
    const before = footprint(e);
    const outbox = e.ws.mail.outbox.length;
    const dto = runCheck(e);
    expect(dto.lines.filter((l) => !l.ok)).toEqual([]);
    expect(dto.lines.map((l) => l.id)).toEqual([
      'panel-baca',
      'panel-identitas',
      'alamat-mesin',
      'izin-panel',
      'akun',
      'pemicu',
      'milik',
      'formulir',
      'perlindungan',
      'izin-mesin',
      'sel',
      'log',
      'mesin',
      'kalender',
      'email',
      'surat',
      'ekspor',
      'zoom',
      'zoom-waktu',
    ]);
    expect(dto.failed).toBe(0);
    expect(line(dto, 'akun').detail).toContain(OFFICE);
    expect(line(dto, 'kalender').detail).toMatch(/^2 kalender/);
    const sent = e.ws.mail.outbox.slice(outbox);
    expect(sent.map((m) => [m.from, m.to.join(',')])).toEqual([[OFFICE, ADMIN]]);
    expect(line(dto, 'email').detail).toContain('Sisa kuota email hari ini: 99 penerima.');
    expect(footprint(e)).toEqual(before);
  });

  it('running it twice changes nothing and answers the same', () => {
    const e = e2eWorld();
    const first = runCheck(e);
    const after = footprint(e);
    const second = runCheck(e);
    expect(footprint(e)).toEqual(after);
    const strip = (d: typeof first) => d.lines.map((l) => ({ ...l, detail: l.detail.replace(/\d+ penerima/, 'N') }));
    expect(strip(second)).toEqual(strip(first));
  });

  it('the menu item opens the checklist dialog for an admin, and tells anyone else why not', () => {
    const e = e2eWorld();
    const shownAfter = (who: string) => {
      const from = e.ws.ui.shown.length;
      e.as(who);
      e.app.call('menuInstallCheck');
      return e.ws.ui.shown.slice(from).map((s) => s.split('\n')[0].slice(0, 80));
    };
    expect(shownAfter(ADMIN)).toEqual(['modal: Periksa pemasangan Layanan Vicon: <!doctype html>']);
    const refused = shownAfter('operator@kominfo.go.id');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^alert: Periksa pemasangan/);
    expect(e.ws.ui.shown[e.ws.ui.shown.length - 1]).toContain(
      'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat memeriksa pemasangan.',
    );
  });

  it('an official who is not an admin is refused, and the engine refuses each part to them too', () => {
    const e = e2eWorld();
    e.as('operator@kominfo.go.id');
    expect(e.app.callFromClient('runInstallCheck')).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat memeriksa pemasangan.',
    });
    const before = footprint(e);
    const token = panelToken(e, 'operator@kominfo.go.id');
    for (const part of CHECK_PARTS)
      expect(command(e, 'checkInstallation', [part, { engineUrl: e.product.deployment.url }], token)).toEqual({
        ok: false,
        error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.',
      });
    expect(footprint(e)).toEqual(before);
  });

  it('Setup made the Log sheet, with its header, protected for the office account alone', () => {
    const e = e2eWorld();
    expect(e.sheet('Log')[0]).toEqual([
      'Waktu',
      'Kejadian',
      'Nomor Permohonan',
      'Pesan asli (Google/Zoom)',
      'Penjelasan yang ditampilkan',
      'Versi',
    ]);
    const protection = e.ws.spreadsheet.sheetByName('Log')!.getProtections('SHEET' as never)[0];
    expect(protection.isWarningOnly()).toBe(false);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OFFICE]);
  });
});

/**
 * Spreadsheet sharing follows Pengguna: the office account types a user (or an admin adds one in
 * the wizard) and the engine shares the spreadsheet with them as editor; a deactivated user, or
 * one the product shared with whose row is gone, loses it. Editors the office added by hand and
 * never listed, the office account and the owner are left alone. Protections keep every official
 * out of the data either way.
 */
import { e2eWorld, OFFICE, ok, type E2E } from '../world';
import { mailOf } from '../../proof/kit';
import { runSetup } from '../../../dev/product';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const NEW = 'staf.baru@kominfo.go.id';
const AUDITOR = 'auditor@bpk.go.id';

const editors = (e: E2E): string[] => [...e.ws.spreadsheet.acl.editors].sort();
const rowOfUser = (e: E2E, email: string): number => e.sheet('Pengguna').findIndex((r) => r[0] === email) + 1;

describe('the spreadsheet’s editors follow Pengguna', () => {
  const e = e2eWorld('000-bandung');
  e.ws.acl.share(e.ws.spreadsheet.id, AUDITOR, 'editor');

  it('a user the office account types in is shared the spreadsheet as editor, and their panel opens', () => {
    const row = e.sheet('Pengguna').length + 1;
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Pengguna', range: `A${row}:F${row}` }, [
      [NEW, 'Staf Baru', '', 'operator', 'Ya', 'Tidak'],
    ]);
    expect(editors(e)).toContain(NEW);
    e.as(NEW);
    expect(ok(e.state()).me).toMatchObject({ email: NEW });
  });

  it('still cannot write the data: Sheets refuses their hand edit', () => {
    expect(() => e.ws.acl.manualEdit(NEW, { sheet: 'Register', range: 'A2' }, [['VC-2026-9999']])).toThrow(PROTECTED);
    expect(() => e.ws.acl.manualEdit(NEW, { sheet: 'Pengguna', range: 'E2' }, [['Tidak']])).toThrow(PROTECTED);
  });

  it('a user deactivated by hand loses editor access; the hand-added auditor keeps it', () => {
    const kabid = mailOf('kabid');
    expect(editors(e)).toContain(kabid);
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Pengguna', range: `E${rowOfUser(e, kabid)}` }, [['Tidak']]);
    expect(editors(e)).not.toContain(kabid);
    expect(editors(e)).toContain(AUDITOR);
    e.as(kabid);
    expect(e.state()).toEqual({
      ok: false,
      error:
        'Anda tidak memiliki akses ke spreadsheet Layanan Vicon ini. Bila Anda masih bertugas, minta admin mengaktifkan akun Anda di sheet Pengguna.',
    });
  });

  it('a user the product shared with loses access when their row is removed', () => {
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Pengguna', range: `A${rowOfUser(e, NEW)}:F${rowOfUser(e, NEW)}` }, [
      ['', '', '', '', '', ''],
    ]);
    expect(editors(e)).not.toContain(NEW);
    expect(editors(e)).toContain(AUDITOR);
  });

  it('activated again, they are shared again; the office account and the owner are never touched', () => {
    const kabid = mailOf('kabid');
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Pengguna', range: `E${rowOfUser(e, kabid)}` }, [['Ya']]);
    expect(editors(e)).toContain(kabid);
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Pengguna', range: `E${rowOfUser(e, OFFICE)}` }, [['Tidak']]);
    expect(e.ws.spreadsheet.acl.owner).toBe(OFFICE);
    expect(editors(e)).not.toContain(OFFICE);
  });

  it('Setup does the same and says what it shared', () => {
    e.ws.acl.unshare(e.ws.spreadsheet.id, mailOf('kadis'));
    runSetup(e.product);
    expect(e.ws.ui.shown.at(-1)).toContain(`Spreadsheet dibagikan sebagai editor kepada: ${mailOf('kadis')}.`);
    expect(editors(e)).toContain(mailOf('kadis'));
  });
});

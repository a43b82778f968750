import { letterHandlers } from '../../src/app/letters';
import type { UserRecord } from '../../src/core/users';
import { ID, effect, letterWorld, tarakan } from './fakes-letters';

const NUMBER = '1/555/Diskominfo/XI/2026';
const KADIS = 'Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian';
const person = (name: string, roles: string[], active: boolean, nip = ''): UserRecord => ({
  email: `${name.toLowerCase().replace(/\W/g, '')}@kominfo.go.id`,
  name,
  nip,
  roles,
  active,
  isAdmin: false,
});

describe('sign_letter', () => {
  it('numbers the letter, saves the PDF and says both', () => {
    const { w, docs, ctx } = letterWorld();
    const r = w.register.rows[0];
    expect(letterHandlers(ctx).sign_letter!({ request: r, preset: tarakan, effect: effect('sign_letter') })).toEqual({
      status: 'done',
      note: `surat ${NUMBER} ditandatangani; PDF: https://drive/${ID}.pdf`,
      request: { ...r, replyLetterNumber: NUMBER, replyLetterUrl: `https://drive/${ID}.pdf` },
    });
    expect(docs.pdfs.get(`${ID}|persetujuan`)).toContain(`Nomor\t: ${NUMBER}`);
  });

  it('refuses before taking a number when the template has an unknown placeholder or missing data', () => {
    const { w, docs, numbers, ctx } = letterWorld();
    docs.templates.persetujuan =
      'Nomor: {{nomor_surat}}\nRapat: {{tanggal_rapat}}\nTautan: {{tautan}}\nSandi: {{kode_sandi}}';
    const r = { ...w.register.rows[0], joinUrl: '', meetingId: '', passcode: '' };
    expect(letterHandlers(ctx).sign_letter!({ request: r, preset: tarakan, effect: effect('sign_letter') })).toEqual({
      status: 'pending',
      note:
        'surat belum dapat ditandatangani (nomor belum diambil): ' +
        'Templat memuat {{tanggal_rapat}} yang tidak dikenal; perbaiki templat. ' +
        'Data untuk {{tautan}} belum ada; lengkapi (Pengaturan, Pengguna atau Register). ' +
        'Data untuk {{kode_sandi}} belum ada; lengkapi (Pengaturan, Pengguna atau Register).',
      request: undefined,
    });
    expect([numbers.rows, docs.renders, docs.pdfs.size]).toEqual([[], 0, 0]);
  });

  it('a letter that already has its number is re-rendered with it; missing data then waits with the number kept', () => {
    const { w, docs, numbers, ctx } = letterWorld();
    numbers.rows.push({ number: NUMBER, year: 2026, seq: 1, void: false, requestId: ID });
    docs.templates.persetujuan = 'Nomor: {{nomor_surat}}\nTautan: {{tautan}}\nSandi: {{kode_sandi}}';
    const r = { ...w.register.rows[0], replyLetterNumber: NUMBER, joinUrl: '', meetingId: '', passcode: '' };
    expect(letterHandlers(ctx).sign_letter!({ request: r, preset: tarakan, effect: effect('sign_letter') })).toEqual({
      status: 'pending',
      note:
        `surat ${NUMBER} belum lengkap: ` +
        'Data untuk {{tautan}} belum ada; lengkapi lalu buat ulang surat. Bagian itu dikosongkan. ' +
        'Data untuk {{kode_sandi}} belum ada; lengkapi lalu buat ulang surat. Bagian itu dikosongkan.',
      request: { ...r, replyLetterUrl: `https://docs/${ID}/persetujuan` },
    });
    expect(docs.drafts.get(`${ID}|persetujuan`)).toBe(`Nomor: ${NUMBER}\nTautan: ……\nSandi: ……`);
    expect([numbers.rows.length, docs.pdfs.size]).toEqual([1, 0]);
  });

  it('signs in the name of the first active holder of the signing role, under its SOP title', () => {
    const { w, docs, ctx } = letterWorld();
    const users = [
      person('Drs. Lama', ['kadis'], false, '196001011990031001'),
      person('Budi Kabid', ['kabid'], true, '197501012000031002'),
      person('Dr. Baru', ['kadis'], true, '198001012005031003'),
    ];
    ctx.users = () => ({ users, delegations: [] });
    letterHandlers(ctx).sign_letter!({ request: w.register.rows[0], preset: tarakan, effect: effect('sign_letter') });
    expect(docs.pdfs.get(`${ID}|persetujuan`)).toContain(`${KADIS},\n\n\n\nDr. Baru\nNIP. 198001012005031003`);
  });

  it('without an active signer nor signer settings, names both settings and takes no number', () => {
    const { w, numbers, ctx } = letterWorld();
    ctx.users = () => ({ users: [person('Drs. Lama', ['kadis'], false, '196001011990031001')], delegations: [] });
    expect(() =>
      letterHandlers(ctx).sign_letter!({ request: w.register.rows[0], preset: tarakan, effect: effect('sign_letter') }),
    ).toThrow(
      'Surat belum dapat dibuat: pengaturan "Nama penandatangan" dan "NIP penandatangan" belum diisi. ' +
        'Admin mengisinya di menu Layanan Vicon › Pengaturan (atau di sheet Pengaturan), ' +
        'atau mengisi nama dan NIP penandatangan pada barisnya di sheet Pengguna.',
    );
    expect(numbers.rows).toEqual([]);
  });
});

import { missingLetterSettings } from '../../src/core/letter-settings';

const TEMPLATE =
  '{{pemerintah}}\n{{alamat_kantor}}\n{{kota}}, {{tanggal_surat}}\nYth. {{nama_pemohon}} ({{jabatan_pemohon}})\n{{nip}}';
const FULL = {
  pemerintah: 'PEMERINTAH KOTA TARAKAN',
  alamat_kantor: 'Jl. Sudirman 1',
  kota: 'Tarakan',
  tanggal_surat: '23 November 2026',
  nama_pemohon: 'Siti',
  jabatan_pemohon: 'Sekretaris',
  nip: '19700101',
};

describe('missingLetterSettings', () => {
  test('nothing missing: empty', () => {
    expect(missingLetterSettings(TEMPLATE, FULL)).toBe('');
  });

  test('names each missing setting by its Pengaturan label and says where to set it', () => {
    expect(missingLetterSettings(TEMPLATE, { ...FULL, kota: '', pemerintah: ' ' })).toBe(
      'Surat belum dapat dibuat: pengaturan "Kop surat: pemerintah daerah" dan "Kota (tempat surat)" belum diisi. Admin mengisinya di menu Layanan Vicon › Pengaturan (atau di sheet Pengaturan).',
    );
  });

  test('a missing signer NIP also points at the Pengguna sheet', () => {
    expect(missingLetterSettings(TEMPLATE, { ...FULL, nip: '' })).toContain(
      '"NIP penandatangan" belum diisi. Admin mengisinya di menu Layanan Vicon › Pengaturan (atau di sheet Pengaturan), atau mengisi nama dan NIP penandatangan pada barisnya di sheet Pengguna.',
    );
  });

  test('three or more missing settings are listed with commas and a final "dan"', () => {
    const office = '{{pemerintah}}\n{{nama_kantor}}\n{{alamat_kantor}}\n{{kota}}, {{tanggal_surat}}';
    expect(
      missingLetterSettings(office, { ...FULL, nama_kantor: '', pemerintah: '', alamat_kantor: '', kota: '' }),
    ).toBe(
      'Surat belum dapat dibuat: pengaturan "Kop surat: pemerintah daerah", "Nama kantor", "Kop surat: alamat kantor" dan "Kota (tempat surat)" belum diisi. Admin mengisinya di menu Layanan Vicon › Pengaturan (atau di sheet Pengaturan).',
    );
  });

  test('the Pengguna sheet is offered whenever the signer is among the missing settings', () => {
    expect(missingLetterSettings(TEMPLATE, { ...FULL, kota: '', nip: '' })).toBe(
      'Surat belum dapat dibuat: pengaturan "Kota (tempat surat)" dan "NIP penandatangan" belum diisi. Admin mengisinya di menu Layanan Vicon › Pengaturan (atau di sheet Pengaturan), atau mengisi nama dan NIP penandatangan pada barisnya di sheet Pengguna.',
    );
  });

  test('missing request data is not a setting, and a setting the template does not use is not asked for', () => {
    expect(missingLetterSettings(TEMPLATE, { ...FULL, jabatan_pemohon: '' })).toBe('');
    expect(missingLetterSettings('Yth. {{nama_pemohon}}', { ...FULL, kota: '' })).toBe('');
  });
});

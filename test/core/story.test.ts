/**
 * The history told to officials: who did what in a whole Indonesian sentence (never an action id),
 * the status a request moved to, and the system's own notes.
 */
import { historyRecord } from '../../src/core/history';
import { BANDUNG, SINGKAWANG, TARAKAN } from '../../src/core/sop/presets';
import { movedTo, officialLine } from '../../src/core/story';
import { aksi, byProduct } from './story-records';

describe('officialLine', () => {
  it.each([
    ['terima', 'Budi Santoso menerima surat permohonan.'],
    ['catat', 'Budi Santoso mencatat surat dan nomor SRIKANDI.'],
    ['verifikasi', 'Budi Santoso memverifikasi permohonan.'],
    ['periksa', 'Budi Santoso memeriksa permohonan.'],
    ['setujui', 'Budi Santoso menyetujui permohonan.'],
    ['jadwal_kosong', 'Budi Santoso memastikan jadwal kosong.'],
    ['konfirmasi', 'Budi Santoso memastikan kesiapan dan jadwal.'],
    ['tolak', 'Budi Santoso tidak menyetujui permohonan.'],
    ['kembalikan', 'Budi Santoso mengembalikan permohonan kepada pemohon untuk diperbaiki.'],
    ['tolak_tanda_tangan', 'Budi Santoso mengembalikan permohonan kepada pemohon untuk diperbaiki.'],
    ['batalkan', 'Budi Santoso membatalkan permohonan.'],
    ['tugaskan_operator', 'Budi Santoso menunjuk operator.'],
    ['buat_rapat', 'Budi Santoso membuat tautan rapat.'],
    ['buat_link', 'Budi Santoso membuat dan mengirim tautan rapat.'],
    ['kirim_tautan', 'Budi Santoso mengirim tautan rapat kepada pemohon.'],
    ['tawarkan_alternatif', 'Budi Santoso menawarkan waktu lain kepada pemohon.'],
    ['alternatif_diterima', 'Budi Santoso mencatat waktu pengganti yang disepakati.'],
    ['ubah_jadwal', 'Budi Santoso mengubah jadwal kegiatan.'],
    ['jadwal_penuh', 'Budi Santoso memberitahukan bahwa jadwal penuh.'],
    ['bentrok', 'Budi Santoso mencatat jadwal bentrok.'],
    ['selesai', 'Budi Santoso menandai kegiatan selesai.'],
    ['selesai_pelaksanaan', 'Budi Santoso menandai pelaksanaan selesai.'],
    ['ajukan_ulang', 'Budi Santoso mengirim perbaikan permohonan.'],
    ['tidak_terlaksana', 'Budi Santoso menutup permohonan sebagai tidak terlaksana.'],
    ['buka_kembali', 'Budi Santoso membuka kembali permohonan.'],
    ['lengkapi_email', 'Budi Santoso melengkapi email pemohon dari surat.'],
  ])('tells "%s" in its own words', (action, line) => {
    expect(officialLine(aksi(action, 'langkah_a', 'langkah_b'), BANDUNG)).toBe(line);
  });

  it('names the role of the step a disposition or an assignment went to', () => {
    expect(officialLine(aksi('disposisi', 'disposisi_kadis', 'disposisi_kabid'), BANDUNG)).toBe(
      'Budi Santoso mendisposisikan permohonan ke Kabid Diseminasi.',
    );
    expect(officialLine(aksi('arahkan_tim', 'periksa', 'cek_tim'), SINGKAWANG)).toBe(
      'Budi Santoso mengarahkan Subkor ILE memeriksa kesiapan.',
    );
  });

  it('says "tahap berikutnya" when that step is the applicant\'s, unknown, or there is no preset', () => {
    const expected = 'Budi Santoso mendisposisikan permohonan ke tahap berikutnya.';
    expect(officialLine(aksi('disposisi', 'disposisi_kadis', 'perbaikan'), BANDUNG)).toBe(expected);
    expect(officialLine(aksi('disposisi', 'disposisi_kadis', 'langkah_lama'), BANDUNG)).toBe(expected);
    expect(officialLine(aksi('disposisi', 'disposisi_kadis', 'disposisi_kabid'), null)).toBe(expected);
  });

  it("quotes the step's button label for an action it has no words for", () => {
    expect(officialLine(aksi('laporkan', 'lapor_staf', 'draf_surat'), TARAKAN)).toBe(
      'Budi Santoso menjalankan "Laporkan ke Subkoordinator".',
    );
    // The second button of its step, not the first.
    expect(officialLine(aksi('kembalikan_draf', 'telaah_kabid', 'draf_surat'), TARAKAN)).toBe(
      'Budi Santoso menjalankan "Kembalikan Draf ke Subkoordinator".',
    );
  });

  it('spells out the action id when no step of the preset has it', () => {
    const expected = 'Budi Santoso menjalankan "uji koneksi ulang".';
    expect(officialLine(aksi('uji_koneksi_ulang', 'persiapan', 'pelaksanaan'), SINGKAWANG)).toBe(expected);
    expect(officialLine(aksi('uji_koneksi_ulang', 'persiapan', 'pelaksanaan'), null)).toBe(expected);
  });

  it('writes "Seseorang" for an unnamed actor and starts a lowercase name with a capital', () => {
    expect(officialLine(aksi('setujui', 'izin_subkoor', 'tunjuk_operator', ''), BANDUNG)).toBe(
      'Seseorang menyetujui permohonan.',
    );
    expect(officialLine(aksi('setujui', 'izin_subkoor', 'tunjuk_operator', 'budi'), BANDUNG)).toBe(
      'Budi menyetujui permohonan.',
    );
    // A full stop inside the name still ends the sentence with one.
    expect(officialLine(aksi('setujui', 'izin_subkoor', 'tunjuk_operator', 'dr. budi'), BANDUNG)).toBe(
      'Dr. budi menyetujui permohonan.',
    );
  });

  it('tells how a request came in: by the form, or as a letter someone recorded', () => {
    const entry = { at: '2026-03-02T01:00:00.000Z', requestId: 'VC-2026-0001', kind: 'masuk' as const };
    const form = historyRecord({
      ...entry,
      action: 'formulir diterima',
      actorLabel: 'Rina Marlina',
      toStep: 'terima_tu',
    });
    const letter = historyRecord({ ...entry, action: 'surat dicatat', actorLabel: 'Sari Dewi', toStep: 'terima_tu' });
    expect(officialLine(form, SINGKAWANG)).toBe('Permohonan masuk lewat formulir.');
    expect(officialLine(letter, SINGKAWANG)).toBe('Surat dicatat oleh Sari Dewi.');
  });

  it("gives the system's effects and notes as they are, with one full stop", () => {
    const sent = byProduct('efek', 'mengirim tautan', 'email tautan rapat terkirim ke rina@disdik.go.id');
    expect(officialLine(sent, BANDUNG)).toBe(
      'Sistem: mengirim tautan, email tautan rapat terkirim ke rina@disdik.go.id.',
    );
    const told = byProduct('sistem', 'pengingat H-1', 'pengingat H-1 tidak dikirim: tidak ada email yang valid.  ');
    expect(officialLine(told, BANDUNG)).toBe(
      'Sistem: pengingat H-1, pengingat H-1 tidak dikirim: tidak ada email yang valid.',
    );
    expect(officialLine(byProduct('sistem', '', 'rantai riwayat disambung'), BANDUNG)).toBe(
      'Sistem: rantai riwayat disambung.',
    );
  });
});

describe('movedTo', () => {
  it('gives the status of the step an action moved the request to', () => {
    expect(movedTo(aksi('disposisi', 'disposisi_kadis', 'disposisi_kabid'), BANDUNG)).toBe(
      'Menunggu Disposisi Kepala Bidang',
    );
  });

  it('is empty for an action that stayed, an entry that is not an action, or a step it does not know', () => {
    expect(movedTo(aksi('ubah_jadwal', 'kirim_tautan', 'kirim_tautan'), BANDUNG)).toBe('');
    const intake = historyRecord({ at: '', requestId: 'VC-2026-0001', kind: 'masuk', action: 'formulir diterima' });
    expect(movedTo({ ...intake, toStep: 'disposisi_kadis' }, BANDUNG)).toBe('');
    expect(movedTo(aksi('disposisi', 'disposisi_kadis', 'langkah_lama'), BANDUNG)).toBe('');
    expect(movedTo(aksi('disposisi', 'disposisi_kadis', 'disposisi_kabid'), null)).toBe('');
  });
});

/** The default reply letters, filled for one request: the exact text the office signs. */
import { DEFAULT_LETTER_TEMPLATES, letterFields, type LetterKind } from '../../src/core/letter';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { makeRequest } from './sop/fixtures';

const request = makeRequest({
  joinUrl: 'https://zoom.us/j/81234567890',
  meetingId: '81234567890',
  passcode: 'ab3Cd5Ef',
  note: 'Akun Zoom penuh.',
});
const settings = { ...DEFAULT_SETTINGS, officeEmail: 'vicon@contoh.go.id', timeZone: 'Asia/Makassar' as const };

/** The template with every placeholder replaced by its field, as Docs does on render (fields made in each test). */
function filled(kind: LetterKind): string {
  const fields = letterFields(request, settings, {
    letterNumber: '7/555/Diskominfo/III/2026',
    letterDate: '2026-03-03',
    signer: { name: 'Budi Santoso', position: 'Kepala Dinas', nip: '19700101 199001 1 001' },
    office: { government: 'PEMERINTAH KOTA TARAKAN', address: 'Jl. Sudirman No. 1', city: 'Tarakan' },
  });
  return DEFAULT_LETTER_TEMPLATES[kind].replace(
    /\{\{\s*([^{}]*?)\s*\}\}/g,
    (_, n: string) => fields[n as keyof typeof fields],
  );
}

const HEAD = [
  'PEMERINTAH KOTA TARAKAN',
  'Dinas Komunikasi dan Informatika',
  'Jl. Sudirman No. 1',
  '',
  'Tarakan, 3 Maret 2026',
  '',
  'Nomor\t: 7/555/Diskominfo/III/2026',
  'Sifat\t: Biasa',
  'Lampiran\t: -',
  'Perihal\t: Tanggapan Permohonan Fasilitasi Video Conference',
  '',
  'Yth. Sekretaris Dinas Pendidikan',
  'u.p. Rina Marlina',
  'di Tempat',
  '',
];
const EVENT = [
  'Nama kegiatan\t: Rapat Koordinasi PPDB',
  'Hari/Tanggal\t: Jumat, 20 Maret 2026',
  'Pukul\t: 09.00–11.00 WITA',
];
const TAIL = [
  '',
  'Demikian kami sampaikan. Atas perhatian dan kerja samanya diucapkan terima kasih.',
  '',
  'Kepala Dinas,',
  '',
  '',
  '',
  'Budi Santoso',
  'NIP. 19700101 199001 1 001',
];
const REFERENCE =
  'Menindaklanjuti surat Saudara Nomor 005/123/Disdik tanggal 27 Februari 2026 perihal permohonan fasilitasi video conference';

describe('default reply letters', () => {
  it('persetujuan gives the meeting details', () => {
    expect(filled('persetujuan')).toBe(
      [
        ...HEAD,
        `${REFERENCE}, dengan ini kami sampaikan bahwa permohonan tersebut dapat kami fasilitasi dengan rincian sebagai berikut:`,
        '',
        ...EVENT,
        'Platform\t: Zoom',
        'Tautan\t: https://zoom.us/j/81234567890',
        'ID Rapat\t: 812 3456 7890',
        'Kode Sandi\t: ab3Cd5Ef',
        '',
        'Tautan tersebut hanya untuk peserta kegiatan dan mohon tidak disebarluaskan. Operator kami akan mendampingi pelaksanaan kegiatan sesuai permohonan.',
        ...TAIL,
      ].join('\n'),
    );
  });

  it('penolakan gives the reason', () => {
    expect(filled('penolakan')).toBe(
      [
        ...HEAD,
        `${REFERENCE} untuk kegiatan berikut:`,
        '',
        ...EVENT,
        '',
        'dengan hormat kami sampaikan bahwa permohonan tersebut belum dapat kami fasilitasi dengan alasan: Akun Zoom penuh.',
        ...TAIL,
      ].join('\n'),
    );
  });

  it('jadwal_penuh says the schedule is full and how to ask again', () => {
    expect(filled('jadwal_penuh')).toBe(
      [
        ...HEAD,
        `${REFERENCE} untuk kegiatan berikut:`,
        '',
        ...EVENT,
        '',
        'dengan hormat kami sampaikan bahwa jadwal layanan video conference pada waktu tersebut telah penuh (Akun Zoom penuh.). Untuk penjadwalan ulang, Saudara dapat menghubungi kami atau mengajukan permohonan dengan waktu lain.',
        ...TAIL,
      ].join('\n'),
    );
  });
});

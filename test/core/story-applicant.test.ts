/**
 * The history told to the applicant on their status page: what happened to the request by where it
 * went, never an official's name or note, and whether the meeting's link reached them.
 */
import { historyRecord } from '../../src/core/history';
import { BANDUNG, SINGKAWANG } from '../../src/core/sop/presets';
import { applicantLine, linkSentIn } from '../../src/core/story';
import { aksi, byProduct } from './story-records';

const LINK_MAILED = byProduct('efek', 'mengirim tautan', 'email tautan rapat terkirim ke rina@disdik.go.id');
const LETTER_MAILED = byProduct('efek', 'mengirim surat', 'surat 045/12/Kominfo terkirim ke rina@disdik.go.id', {
  key: 'VC-2026-0001:v7:send_letter',
});
const RECEIPT_MAILED = byProduct('efek', 'memberi tahu pemohon', 'email tanda terima terkirim ke rina@disdik.go.id', {
  key: 'VC-2026-0001:v1:notify_applicant',
});

describe('applicantLine', () => {
  it('tells the applicant their request was received, whoever entered it', () => {
    const intake = historyRecord({ at: '', requestId: 'VC-2026-0001', kind: 'masuk', action: 'surat dicatat' });
    expect(applicantLine({ ...intake, actorLabel: 'Sari Dewi', toStep: 'terima_tu' }, SINGKAWANG)).toBe(
      'Permohonan diterima.',
    );
  });

  it('shows of the effects only the link that reached them', () => {
    expect(applicantLine(LINK_MAILED, BANDUNG)).toBe('Tautan rapat dikirim kepada Anda.');
    expect(applicantLine(byProduct('efek', 'mengirim tautan', 'tertunda: kuota email habis'), BANDUNG)).toBeNull();
  });

  it('hides system notes and actions towards a step the preset does not have', () => {
    expect(
      applicantLine(byProduct('sistem', 'pengingat H-1', 'pengingat H-1 terkirim ke rina@disdik.go.id'), BANDUNG),
    ).toBeNull();
    expect(applicantLine(aksi('disposisi', 'disposisi_kadis', 'langkah_lama'), BANDUNG)).toBeNull();
  });

  it('tells the moves that involve the applicant in their own words', () => {
    expect(applicantLine(aksi('tawarkan_alternatif', 'izin_subkoor', 'menunggu_pemohon'), BANDUNG)).toBe(
      'Kami menawarkan waktu lain kepada Anda.',
    );
    expect(applicantLine(aksi('ajukan_ulang', 'perbaikan', 'disposisi_kadis'), BANDUNG)).toBe(
      'Perbaikan Anda kami terima dan diproses kembali.',
    );
    expect(applicantLine(aksi('lengkapi_email', 'perbaikan', 'terima_tu'), SINGKAWANG)).toBe(
      'Surat Anda kami catat dan diproses.',
    );
    expect(applicantLine(aksi('buka_kembali', 'dibatalkan', 'kirim_tautan'), BANDUNG)).toBe(
      'Permohonan dibuka kembali dan diproses lagi.',
    );
    expect(applicantLine(aksi('kembalikan', 'periksa', 'perbaikan'), SINGKAWANG)).toBe(
      'Permohonan dikembalikan kepada Anda untuk diperbaiki.',
    );
  });

  it('gives the final status of a closed request', () => {
    expect(applicantLine(aksi('tolak', 'izin_subkoor', 'ditolak'), BANDUNG)).toBe('Status akhir: Ditolak.');
    expect(applicantLine(aksi('selesai', 'pendampingan', 'selesai'), BANDUNG)).toBe('Status akhir: Selesai.');
  });

  it('says the schedule is booked only for the approval at the step that decides it', () => {
    const approved = 'Permohonan disetujui; jadwal sudah dipesan.';
    expect(applicantLine(aksi('setujui', 'izin_subkoor', 'tunjuk_operator'), BANDUNG)).toBe(approved);
    expect(applicantLine(aksi('konfirmasi', 'cek_tim', 'persiapan'), SINGKAWANG)).toBe(approved);
    // Another button of the deciding step, and a schedule check at a step that does not decide.
    expect(applicantLine(aksi('bentrok', 'cek_tim', 'info_bentrok'), SINGKAWANG)).toBe('Diproses oleh Subkor ILE.');
    expect(applicantLine(aksi('tugaskan_operator', 'tunjuk_operator', 'buat_rapat'), BANDUNG)).toBe(
      'Diproses oleh Subkoor PKIP.',
    );
  });

  it('says a new time was agreed only for the action that applies it', () => {
    const agreed = 'Waktu kegiatan yang baru disepakati.';
    expect(applicantLine(aksi('alternatif_diterima', 'menunggu_pemohon', 'tunjuk_operator'), BANDUNG)).toBe(agreed);
    expect(applicantLine(aksi('ubah_jadwal', 'pendampingan', 'kirim_tautan'), BANDUNG)).toBe(agreed);
    expect(applicantLine(aksi('kirim_tautan', 'kirim_tautan', 'pendampingan'), BANDUNG)).toBe(
      'Diproses oleh Operator.',
    );
  });

  it("names the role that processed it, or just 'petugas' for the applicant's own or an unknown step", () => {
    expect(applicantLine(aksi('disposisi', 'disposisi_kadis', 'disposisi_kabid'), BANDUNG)).toBe(
      'Diproses oleh Kepala Dinas.',
    );
    // An action of an older preset version, at the applicant's step or at a step since removed.
    expect(applicantLine(aksi('kirim_berkas', 'perbaikan', 'disposisi_kadis'), BANDUNG)).toBe('Diproses oleh petugas.');
    expect(applicantLine(aksi('kirim_berkas', 'langkah_lama', 'disposisi_kadis'), BANDUNG)).toBe(
      'Diproses oleh petugas.',
    );
  });
});

describe('linkSentIn', () => {
  it('is true once the link mail or the letter carrying it was sent', () => {
    expect(linkSentIn([LINK_MAILED])).toBe(true);
    expect(linkSentIn([LETTER_MAILED])).toBe(true);
    expect(linkSentIn([RECEIPT_MAILED, LINK_MAILED])).toBe(true);
  });

  it('is false before that: no record, the mail still waiting, another mail, or a note about the link', () => {
    expect(linkSentIn([])).toBe(false);
    expect(linkSentIn([byProduct('efek', 'mengirim tautan', 'tertunda: kuota email harian habis')])).toBe(false);
    expect(linkSentIn([RECEIPT_MAILED])).toBe(false);
    // The admins' notice about the link mail is a system note, not the mail.
    const notice = byProduct('sistem', 'admin diberi tahu', 'email ke admin@kominfo.go.id terkirim: mengirim tautan', {
      key: 'VC-2026-0001:admin:VC-2026-0001:v5:send_link',
    });
    expect(linkSentIn([notice])).toBe(false);
  });
});

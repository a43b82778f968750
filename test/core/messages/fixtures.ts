/** One event and applicant every message test writes about, and the summary lines they give. */
export const event = {
  title: 'Rapat Koordinasi Stunting',
  date: '2026-01-05',
  start: '09:00',
  end: '11:00',
  timeZone: 'Asia/Makassar' as const,
};

export const base = {
  requestId: 'VC-2026-0001',
  applicantName: 'Siti Rahma',
  event,
  officeName: 'Diskominfo Kota Tarakan',
};

/** The request summary under an applicant's message, as the applicant reads it. */
export const SUMMARY =
  'Nomor permohonan: VC-2026-0001\nKegiatan: Rapat Koordinasi Stunting\nHari/Tanggal: Senin, 5 Januari 2026\nPukul: 09.00–11.00 WITA';

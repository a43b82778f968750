/**
 * The demo data set's raw material: offices (OPD), their applicants, event titles,
 * and a small deterministic number generator so every seed is the same.
 */

/** An applying office and the person who fills the form for it. */
export interface DemoApplicant {
  agency: string;
  name: string;
  position: string;
  email: string;
  phone: string;
  letterCode: string;
}

export const DEMO_APPLICANTS: DemoApplicant[] = [
  {
    agency: 'Dinas Pendidikan',
    name: 'Siti Rahma',
    position: 'Kepala Bidang SMP',
    email: 'siti@disdik.go.id',
    phone: '0812-3456-7890',
    letterCode: 'Disdik',
  },
  {
    agency: 'Dinas Kesehatan',
    name: 'dr. Andi Pratama',
    position: 'Sekretaris Dinas',
    email: 'andi@dinkes.go.id',
    phone: '+62 813 2222 1111',
    letterCode: 'Dinkes',
  },
  {
    agency: 'Bappeda',
    name: 'Rina Marlina',
    position: 'Kasubbag Umum',
    email: 'rina@bappeda.go.id',
    phone: '0857-1111-2222',
    letterCode: 'Bappeda',
  },
  {
    agency: 'BPKAD',
    name: 'Hendra Wijaya',
    position: 'Kepala Bidang Anggaran',
    email: 'hendra@bpkad.go.id',
    phone: '0811-2020-3030',
    letterCode: 'BPKAD',
  },
  {
    agency: 'Dinas Perhubungan',
    name: 'Yusuf Hakim',
    position: 'Kepala Seksi Lalu Lintas',
    email: 'yusuf@dishub.go.id',
    phone: '0821-5555-6666',
    letterCode: 'Dishub',
  },
  {
    agency: 'Dinas Sosial',
    name: 'Maya Sari',
    position: 'Pranata Humas',
    email: 'maya@dinsos.go.id',
    phone: '0878-3333-4444',
    letterCode: 'Dinsos',
  },
  {
    agency: 'Sekretariat Daerah — Bagian Umum',
    name: 'Bambang Sutrisno',
    position: 'Kepala Bagian Umum',
    email: 'bambang@setda.go.id',
    phone: '0812-7777-8888',
    letterCode: 'Setda',
  },
  {
    agency: 'Kecamatan Coblong',
    name: 'Dewi Lestari',
    position: 'Sekretaris Camat',
    email: 'dewi@kec-coblong.go.id',
    phone: '0813-9999-0000',
    letterCode: 'Kec',
  },
];

export const DEMO_TITLES = [
  'Rapat Koordinasi PPDB',
  'Sosialisasi Germas',
  'Musrenbang Tematik',
  'Evaluasi Serapan Anggaran Triwulan III',
  'Rapat Rekayasa Lalu Lintas Akhir Tahun',
  'Bimbingan Teknis Data Terpadu Kesejahteraan Sosial',
  'Rapat Pimpinan Mingguan',
  'Pembinaan RT/RW se-Kecamatan',
  'Webinar Literasi Digital',
  'Rapat Persiapan Hari Jadi Kota',
];

/** Start times offered by the seed (WIB wall clock), and each meeting lasts 90 minutes. */
export const DEMO_SLOTS = ['08:00', '10:00', '13:00', '15:00', '09:30', '14:00'];

/** A deterministic pseudo-random sequence (LCG) from `seed`: `next(n)` is an integer in [0, n). */
export function sequence(seed: number): { next(n: number): number } {
  let s = seed >>> 0;
  return {
    next(n: number): number {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s % n;
    },
  };
}

/** 'HH:MM' plus `minutes`. */
export function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' of `date` on the WIB wall clock (UTC+7, no daylight saving). */
export function wibDay(date: Date): string {
  return new Date(date.getTime() + 7 * 3600000).toISOString().slice(0, 10);
}

/** The next weekday (Mon–Fri) on or after `day` ('YYYY-MM-DD'). */
export function weekdayOnOrAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `day` ('YYYY-MM-DD') plus `n` days. */
export function plusDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

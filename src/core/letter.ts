/**
 * Reply letters (Surat Tanggapan / Surat Balasan): letter numbers, the fields that
 * fill a Google Docs template's {{placeholders}}, placeholder checks, and the
 * default Indonesian template texts an office starts from.
 */
import { isLocalDate, isLocalTime, localDate, type OfficeZone } from './dates';
import { formatDate, formatLongDate, formatTimeRange, romanMonth } from './indonesian';
import { formatMeetingId } from './messages/format';
import { isZoomStartUrl } from './meeting-link';
import { PLATFORM_LABELS, type VcRequest } from './request';
import type { Settings } from './settings';

/** What a letter number is made of. */
export interface LetterNumberParts {
  seq: number;
  code: string;
  /** 1..12 */
  month: number;
  year: number;
}

const NUMBER_TOKENS: Record<string, (p: LetterNumberParts) => string> = {
  seq: (p) => String(p.seq),
  seq3: (p) => String(p.seq).padStart(3, '0'),
  kode: (p) => p.code,
  bulan_romawi: (p) => romanMonth(p.month),
  bulan: (p) => String(p.month).padStart(2, '0'),
  tahun: (p) => String(p.year),
};

/** The tokens a letter-number pattern may use, e.g. '{seq}'. */
export const LETTER_NUMBER_TOKENS: string[] = Object.keys(NUMBER_TOKENS).map((t) => `{${t}}`);

/** null when `pattern` only uses known tokens and includes {seq} or {seq3}; else an Indonesian error message. */
export function checkLetterNumberPattern(pattern: string): string | null {
  const tokens = (pattern.match(/\{[^{}]*\}/g) ?? []).map((t) => t.slice(1, -1));
  const unknown = tokens.filter((t) => !(t in NUMBER_TOKENS));
  if (unknown.length > 0) {
    return `Pola nomor surat memuat kode yang tidak dikenal: ${unknown.map((t) => `{${t}}`).join(', ')}. Kode yang dikenal: ${LETTER_NUMBER_TOKENS.join(', ')}.`;
  }
  if (!tokens.includes('seq') && !tokens.includes('seq3'))
    return 'Pola nomor surat harus memuat {seq} atau {seq3} (nomor urut).';
  return null;
}

/**
 * The letter number for `parts` from a pattern such as '{seq}/{kode}/Diskominfo/{bulan_romawi}/{tahun}'.
 * Throws an Error with an Indonesian message for an unknown token or a pattern without a sequence.
 */
export function formatLetterNumber(pattern: string, parts: LetterNumberParts): string {
  const problem = checkLetterNumberPattern(pattern);
  if (problem) throw new Error(problem);
  if (!Number.isInteger(parts.seq) || parts.seq < 1) throw new Error(`Nomor urut surat tidak valid: ${parts.seq}.`);
  return pattern.replace(/\{([^{}]*)\}/g, (_, token: string) => NUMBER_TOKENS[token](parts));
}

/** One letter number already issued (kept even when voided, so it is never reused). */
export interface IssuedLetter {
  number: string;
  year: number;
  seq: number;
  void: boolean;
}

/** The next sequence number for `year`: one past the highest issued that year, voided ones included. */
export function nextLetterSeq(issued: readonly IssuedLetter[], year: number): number {
  return issued.reduce((max, l) => (l.year === year && Number.isFinite(l.seq) ? Math.max(max, l.seq) : max), 0) + 1;
}

/** Every placeholder the letter fields provide. */
export const LETTER_PLACEHOLDERS = [
  'nomor_surat',
  'tanggal_surat',
  'kota',
  'pemerintah',
  'nama_kantor',
  'alamat_kantor',
  'email_kantor',
  'nama_pemohon',
  'jabatan_pemohon',
  'instansi',
  'perihal',
  'nomor_permohonan',
  'rujukan',
  'nomor_surat_permohonan',
  'tanggal_surat_permohonan',
  'nama_kegiatan',
  'tanggal_kegiatan',
  'jam',
  'platform',
  'tautan',
  'id_rapat',
  'kode_sandi',
  'alasan',
  'nama_penandatangan',
  'jabatan_penandatangan',
  'nip',
] as const;

export type LetterPlaceholder = (typeof LETTER_PLACEHOLDERS)[number];

/** What the letter needs beyond the request and the settings. */
export interface LetterExtras {
  /** '' while the letter is a draft without a number. */
  letterNumber: string;
  /** 'YYYY-MM-DD' of the letter. */
  letterDate: string;
  signer: { name: string; position: string; nip: string };
  reason?: string;
  /** Defaults to 'Tanggapan Permohonan Fasilitasi Video Conference'. */
  perihal?: string;
  /** Kop surat and place: 'PEMERINTAH KOTA TARAKAN', the office address, the city for "Tarakan, 5 Januari 2026". */
  office?: { government?: string; address?: string; city?: string };
}

function dateOr(date: string, f: (d: string) => string): string {
  return isLocalDate(date) ? f(date) : '';
}

function reference(r: VcRequest, tz: OfficeZone): string {
  const received = r.receivedAt ? dateOr(localDate(new Date(r.receivedAt), tz), formatDate) : '';
  if (r.letterNumber) {
    const date = dateOr(r.letterDate, formatDate);
    return `surat Saudara Nomor ${r.letterNumber}${date ? ` tanggal ${date}` : ''}`;
  }
  if (r.srikandiNumber) return `surat Saudara melalui SRIKANDI Nomor ${r.srikandiNumber}`;
  return `permohonan Saudara melalui formulir Nomor ${r.id}${received ? ` tanggal ${received}` : ''}`;
}

/**
 * What the letter prints for a meeting detail the platform does not have (a Google Meet has no
 * passcode, a typed link may have no ID): 'tidak ada' once the meeting exists, '' before (missing).
 */
const noneOnceMade = (r: VcRequest): string => (r.joinUrl ? 'tidak ada' : '');

/**
 * The value of every placeholder for one letter ('' when unknown: then checkPlaceholders reports it
 * as missing). A join link that is a host start link is left out rather than printed.
 */
export function letterFields(r: VcRequest, settings: Settings, x: LetterExtras): Record<LetterPlaceholder, string> {
  const tz = settings.timeZone;
  const hasTimes = isLocalTime(r.startTime) && isLocalTime(r.endTime);
  return {
    nomor_surat: x.letterNumber,
    tanggal_surat: dateOr(x.letterDate, formatDate),
    kota: x.office?.city ?? '',
    pemerintah: x.office?.government ?? '',
    nama_kantor: settings.officeName,
    alamat_kantor: x.office?.address ?? '',
    email_kantor: settings.officeEmail,
    nama_pemohon: r.applicantName,
    jabatan_pemohon: r.position,
    instansi: r.agency,
    perihal: x.perihal ?? 'Tanggapan Permohonan Fasilitasi Video Conference',
    nomor_permohonan: r.id,
    rujukan: reference(r, tz),
    nomor_surat_permohonan: r.letterNumber || r.srikandiNumber,
    tanggal_surat_permohonan: dateOr(r.letterDate, formatDate),
    nama_kegiatan: r.title,
    tanggal_kegiatan: dateOr(r.eventDate, formatLongDate),
    jam: hasTimes ? formatTimeRange(r.startTime, r.endTime, tz) : '',
    platform: r.platform ? PLATFORM_LABELS[r.platform] : '',
    tautan: isZoomStartUrl(r.joinUrl) ? '' : r.joinUrl,
    id_rapat: formatMeetingId(r.meetingId) || noneOnceMade(r),
    kode_sandi: r.passcode || noneOnceMade(r),
    alasan: x.reason ?? r.note,
    nama_penandatangan: x.signer.name,
    jabatan_penandatangan: x.signer.position,
    nip: x.signer.nip,
  };
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Placeholder names used in `text` ('{{ nama }}' → 'nama'), each once, in order of first use. */
export function scanPlaceholders(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

/** Placeholders in the template that no field knows (`unknown`) or whose value is empty (`missing`). */
export function checkPlaceholders(
  templateText: string,
  fields: Readonly<Record<string, string>>,
): { unknown: string[]; missing: string[] } {
  const used = scanPlaceholders(templateText);
  const known = (n: string): boolean => Object.prototype.hasOwnProperty.call(fields, n);
  return {
    unknown: used.filter((n) => !known(n)),
    missing: used.filter((n) => known(n) && fields[n].trim() === ''),
  };
}

/** Indonesian problem lines for a placeholder check, one per placeholder. */
export function placeholderProblems(check: { unknown: string[]; missing: string[] }): string[] {
  return [
    ...check.unknown.map(
      (n) => `Templat memuat {{${n}}} yang tidak dikenal; perbaiki ejaannya di templat. Bagian itu dikosongkan.`,
    ),
    ...check.missing.map(
      (n) => `Data untuk {{${n}}} belum ada; lengkapi lalu buat ulang surat. Bagian itu dikosongkan.`,
    ),
  ];
}

/** A regex source (valid in Java and JavaScript) that matches `{{name}}`, spaces inside the braces allowed. */
export function placeholderRegexSource(name: string): string {
  return `\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`;
}

/** What a leftover placeholder becomes in the letter: a visible blank, as on a paper form. */
export const BLANK = '……';

/** The kinds of reply letter. */
export type LetterKind = 'persetujuan' | 'penolakan' | 'jadwal_penuh';

/** Every letter kind. */
export const LETTER_KINDS: LetterKind[] = ['persetujuan', 'penolakan', 'jadwal_penuh'];

/** How each kind is named in file names and the sidebar. */
export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  persetujuan: 'Persetujuan',
  penolakan: 'Penolakan',
  jadwal_penuh: 'Jadwal Penuh',
};

const HEAD = [
  '{{pemerintah}}',
  '{{nama_kantor}}',
  '{{alamat_kantor}}',
  '',
  '{{kota}}, {{tanggal_surat}}',
  '',
  'Nomor\t: {{nomor_surat}}',
  'Sifat\t: Biasa',
  'Lampiran\t: -',
  'Perihal\t: {{perihal}}',
  '',
  'Yth. {{jabatan_pemohon}} {{instansi}}',
  'u.p. {{nama_pemohon}}',
  'di Tempat',
  '',
];

const TAIL = [
  'Demikian kami sampaikan. Atas perhatian dan kerja samanya diucapkan terima kasih.',
  '',
  '{{jabatan_penandatangan}},',
  '',
  '',
  '',
  '{{nama_penandatangan}}',
  'NIP. {{nip}}',
];

const EVENT_ROWS = ['Nama kegiatan\t: {{nama_kegiatan}}', 'Hari/Tanggal\t: {{tanggal_kegiatan}}', 'Pukul\t: {{jam}}'];

const BODIES: Record<LetterKind, string[]> = {
  persetujuan: [
    'Menindaklanjuti {{rujukan}} perihal permohonan fasilitasi video conference, dengan ini kami sampaikan bahwa permohonan tersebut dapat kami fasilitasi dengan rincian sebagai berikut:',
    '',
    ...EVENT_ROWS,
    'Platform\t: {{platform}}',
    'Tautan\t: {{tautan}}',
    'ID Rapat\t: {{id_rapat}}',
    'Kode Sandi\t: {{kode_sandi}}',
    '',
    'Tautan tersebut hanya untuk peserta kegiatan dan mohon tidak disebarluaskan. Operator kami akan mendampingi pelaksanaan kegiatan sesuai permohonan.',
  ],
  penolakan: [
    'Menindaklanjuti {{rujukan}} perihal permohonan fasilitasi video conference untuk kegiatan berikut:',
    '',
    ...EVENT_ROWS,
    '',
    'dengan hormat kami sampaikan bahwa permohonan tersebut belum dapat kami fasilitasi dengan alasan: {{alasan}}',
  ],
  jadwal_penuh: [
    'Menindaklanjuti {{rujukan}} perihal permohonan fasilitasi video conference untuk kegiatan berikut:',
    '',
    ...EVENT_ROWS,
    '',
    'dengan hormat kami sampaikan bahwa jadwal layanan video conference pada waktu tersebut telah penuh ({{alasan}}). Untuk penjadwalan ulang, Saudara dapat menghubungi kami atau mengajukan permohonan dengan waktu lain.',
  ],
};

/** The default text of each letter template: one line per paragraph, a tab before the colon of each detail row. */
export const DEFAULT_LETTER_TEMPLATES: Record<LetterKind, string> = {
  persetujuan: [...HEAD, ...BODIES.persetujuan, '', ...TAIL].join('\n'),
  penolakan: [...HEAD, ...BODIES.penolakan, '', ...TAIL].join('\n'),
  jadwal_penuh: [...HEAD, ...BODIES.jadwal_penuh, '', ...TAIL].join('\n'),
};

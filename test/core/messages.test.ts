import {
  MESSAGE_TEMPLATES,
  escapeHtml,
  isMessageTemplate,
  renderMessage,
  type MessageInputs,
  type MessageTemplate,
} from '../../src/core/messages';

const EVIL = '<script>alert(1)</script>';
const ID = 'VC-2026-0001';
const event = {
  title: 'Rapat Koordinasi <b>Stunting</b>',
  date: '2026-01-05',
  start: '09:00',
  end: '11:00',
  timeZone: 'Asia/Makassar' as const,
};
const base = { requestId: ID, applicantName: EVIL, event, officeName: 'Diskominfo Kota Tarakan' };
const meeting = {
  platform: 'zoom' as const,
  joinUrl: 'https://us02web.zoom.us/j/81234567890?pwd=Abc123',
  meetingId: '81234567890',
  passcode: 'ab3Cd5Ef',
};
const slots = [
  { date: '2026-01-06', start: '09:00', end: '10:00' },
  { date: '2026-01-07', start: '13:00', end: '14:00' },
  { date: '2026-01-08', start: '09:00', end: '10:00' },
  { date: '2026-01-09', start: '09:00', end: '10:00' },
];

const SAMPLES: { [K in MessageTemplate]: MessageInputs[K] } = {
  diterima: {
    ...base,
    warnings: ['Permohonan kurang dari H-1.'],
    statusUrl: 'https://example.go.id/status?id=VC-2026-0001',
  },
  perbaikan: {
    ...base,
    reasons: ['Nomor WhatsApp tidak valid.', `Nama ${EVIL}`],
    editUrl: 'https://docs.google.com/forms/d/e/x/viewform?edit2=abc',
  },
  ditolak: { ...base, reason: `Tidak sesuai ketentuan ${EVIL}` },
  dibatalkan: { ...base, reason: 'Dibatalkan pemohon' },
  jadwal_penuh: { ...base, reason: 'Semua akun Zoom terpakai', alternatives: slots },
  alternatif: { ...base, alternatives: slots.slice(0, 2), note: 'Mohon jawab sebelum Senin' },
  disetujui: { ...base, meeting },
  tautan: { ...base, meeting },
  pengingat_h1: { ...base, meeting },
  jadwal_diubah: { ...base, meeting, room: 'Ruang Rapat Wali Kota' },
  selesai: { ...base, statusUrl: 'https://script.google.com/macros/s/x/exec?p=status&r=VC-2026-0001&t=abc' },
  tidak_terlaksana: { ...base, reason: 'Waktu kegiatan sudah lewat' },
  dilanjutkan: { ...base, reason: 'Ditutup tidak sengaja' },
  surat_terkirim: { ...base, letterNumber: '7/555/Diskominfo/I/2026', attachmentName: 'surat.pdf' },
  dokumentasi_tersedia: { ...base, items: [{ label: 'Notulen', url: 'https://drive.google.com/file/d/abc/view' }] },
  tugas_baru: {
    requestId: ID,
    recipientName: 'Budi',
    roleLabel: 'Kepala Bidang',
    stepLabel: 'Disposisi ke Subkoordinator',
    applicantName: EVIL,
    agency: 'Bappeda',
    event,
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    standardMinutes: 1440,
    officeName: 'Diskominfo',
  },
  dibatalkan_petugas: {
    requestId: ID,
    recipientName: 'Budi',
    stepLabel: 'Disposisi ke Subkoordinator',
    applicantName: EVIL,
    agency: 'Bappeda',
    event,
    reason: 'Acara diundur',
    cancelledBy: 'pemohon',
    officeName: 'Diskominfo',
  },
  tindak_lanjut_pemohon: {
    requestId: ID,
    recipientName: 'TU',
    applicantName: EVIL,
    agency: 'Bappeda',
    phone: '081234567890',
    message: 'Permohonan Anda perlu diperbaiki.',
    whatsappUrl: 'https://wa.me/6281234567890?text=x',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    officeName: 'Diskominfo',
  },
  minta_dokumentasi: {
    requestId: ID,
    recipientName: 'Operator CC',
    stepLabel: 'Mendokumentasikan Kegiatan Vidcon',
    event,
    documents: ['Notulen', `Foto ${EVIL}`],
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    officeName: 'Diskominfo',
  },
  ringkasan_terlambat: {
    date: '2026-01-05',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    officeName: 'Diskominfo',
    items: [
      { requestId: ID, stepLabel: EVIL, roleLabel: 'Kabid', lateMinutes: 150 },
      { requestId: 'VC-2026-0002', stepLabel: 'Buat rapat', roleLabel: 'Staf', lateMinutes: 1560 },
    ],
  },
};

function render<K extends MessageTemplate>(t: K): ReturnType<typeof renderMessage> {
  return renderMessage(t, SAMPLES[t]);
}

describe('renderMessage', () => {
  it('covers every template of the catalogue', () => {
    expect(MESSAGE_TEMPLATES.sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(isMessageTemplate('ditolak')).toBe(true);
    expect(isMessageTemplate('toString')).toBe(false);
  });

  it.each(Object.keys(SAMPLES) as MessageTemplate[])('%s: number in subject, html escaped, text plain', (t) => {
    const m = render(t);
    expect(m.subject).toContain(ID);
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.html).not.toMatch(/<script/i);
    expect(m.html).toContain(escapeHtml(EVIL));
    expect(m.text).toContain(EVIL);
    expect(m.text).not.toMatch(/<(p|div|table|a)\b/);
  });

  it('tautan carries join URL, meeting ID and passcode, never a start URL', () => {
    const m = render('tautan');
    for (const out of [m.text, m.html]) {
      expect(out).toContain('812 3456 7890');
      expect(out).toContain('ab3Cd5Ef');
      expect(out).not.toMatch(/start_url|\/s\//);
    }
    expect(m.text).toContain(meeting.joinUrl);
    expect(m.html).toContain(`href="${escapeHtml(meeting.joinUrl)}"`);
  });

  it('refuses to render a host start link', () => {
    const start = { ...meeting, joinUrl: 'https://us02web.zoom.us/s/81234567890?zak=eyJ0' };
    expect(() => renderMessage('tautan', { ...base, meeting: start })).toThrow(/start URL/);
  });

  it('dates are Indonesian with the zone', () => {
    const m = render('disetujui');
    expect(m.text).toContain('Senin, 5 Januari 2026');
    expect(m.text).toContain('09.00–11.00 WITA');
  });

  it('jadwal_penuh offers at most three alternatives', () => {
    const m = render('jadwal_penuh');
    expect(m.text).toContain('Selasa, 6 Januari 2026 pukul 09.00–10.00 WITA');
    expect(m.text).toContain('Kamis, 8 Januari 2026');
    expect(m.text).not.toContain('Jumat, 9 Januari 2026');
  });

  it('perbaikan lists reasons and the edit link', () => {
    const m = render('perbaikan');
    expect(m.text).toContain('1. Nomor WhatsApp tidak valid.');
    expect(m.text).toContain(SAMPLES.perbaikan.editUrl);
  });

  it('the digest lists each late step with its delay in words', () => {
    const m = render('ringkasan_terlambat');
    expect(m.subject).toContain('VC-2026-0002');
    expect(m.text).toContain('terlambat 2 jam 30 menit');
    expect(m.text).toContain('VC-2026-0002 — Buat rapat (Staf): terlambat 1 hari 2 jam');
  });

  it("a new task carries the official's private step link and their Tugas saya, besides the spreadsheet row", () => {
    const step = 'https://script.google.com/macros/s/E/exec?p=langkah&r=x&u=1&t=a';
    const tasks = 'https://script.google.com/macros/s/E/exec?p=tugas&r=budi&u=1&t=b';
    const m = renderMessage('tugas_baru', { ...SAMPLES.tugas_baru, phoneUrl: step, tasksUrl: tasks });
    expect(m.text).toContain(`Tindak dari ponsel (tautan pribadi Anda; jangan diteruskan): ${step}`);
    expect(m.text).toContain(`Buka semua tugas saya (tautan pribadi Anda; jangan diteruskan): ${tasks}`);
    expect(m.html).toContain(`href="${step.replace(/&/g, '&amp;')}"`);
    expect(m.html).toContain(`href="${tasks.replace(/&/g, '&amp;')}"`);
    expect(m.text).toContain('https://docs.google.com/spreadsheets/d/abc/edit');
    expect(render('tugas_baru').text).not.toMatch(/tugas saya/i);
  });

  it("the digest links each late step to the official's own page, greets them and links Tugas saya", () => {
    const d = SAMPLES.ringkasan_terlambat;
    const items = d.items.map((i, n) => ({ ...i, url: `https://script.google.com/macros/s/E/exec?p=langkah&r=${n}` }));
    const m = renderMessage('ringkasan_terlambat', {
      ...d,
      items,
      recipientName: 'Budi',
      tasksUrl: 'https://script.google.com/macros/s/E/exec?p=tugas&r=budi',
    });
    expect(m.text).toMatch(/^Yth\. Budi,/);
    expect(m.text).toContain(
      'VC-2026-0002 — Buat rapat (Staf): terlambat 1 hari 2 jam — tindak sekarang: https://script.google.com/macros/s/E/exec?p=langkah&r=1',
    );
    expect(m.text).toContain(
      'Buka semua tugas saya (tautan pribadi Anda; jangan diteruskan): https://script.google.com/macros/s/E/exec?p=tugas&r=budi',
    );
    expect(m.html).not.toContain('<script>');
  });

  it('does not make a javascript: link clickable', () => {
    const m = renderMessage('dokumentasi_tersedia', {
      ...base,
      items: [{ label: 'Foto', url: 'javascript:alert(1)' }],
    });
    expect(m.html).not.toContain('href="javascript');
  });

  it('escapeHtml escapes quotes for attributes', () => {
    expect(escapeHtml(`"a" & 'b' <c>`)).toBe('&quot;a&quot; &amp; &#39;b&#39; &lt;c&gt;');
  });
});

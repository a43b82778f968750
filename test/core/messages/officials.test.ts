/**
 * The messages to officials, word for word as an official reads them: who is greeted, which rows
 * are shown and what stands in for a value the request does not have.
 */
import { renderMessage, type MessageInputs } from '../../../src/core/messages';
import { event } from './fixtures';

const SHEET = 'https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A7';
const EVENT_ROWS = 'Kegiatan: Rapat Koordinasi Stunting\nHari/Tanggal: Senin, 5 Januari 2026\nPukul: 09.00–11.00 WITA';
const OPEN_ROW = `Buka VC-2026-0001 (spreadsheet terbuka pada barisnya; pilih Layanan Vicon › Buka panel): ${SHEET}`;
const CLOSING = ['Diskominfo Kota Tarakan', 'Pesan ini dikirim otomatis oleh Layanan Vicon.'];

/** The plain text of a message: its paragraphs separated by a blank line. */
const paragraphs = (...parts: string[]) => parts.join('\n\n');

describe('tugas_baru', () => {
  const task: MessageInputs['tugas_baru'] = {
    requestId: 'VC-2026-0001',
    recipientName: 'Budi',
    roleLabel: 'Kepala Bidang',
    stepLabel: 'Disposisi ke Subkoordinator',
    applicantName: 'Siti Rahma',
    agency: 'Bappeda',
    event,
    spreadsheetUrl: SHEET,
    standardMinutes: 90,
    officeName: 'Diskominfo Kota Tarakan',
  };
  const head = [
    'Yth. Budi,',
    'Ada permohonan yang menunggu tindakan Anda sebagai Kepala Bidang: Disposisi ke Subkoordinator.',
    `Nomor permohonan: VC-2026-0001\nPemohon: Siti Rahma (Bappeda)\n${EVENT_ROWS}\nWaktu standar: 1 jam 30 menit`,
  ];

  it('puts the warnings the officials must see under "Perlu diperhatikan", before the links', () => {
    const m = renderMessage('tugas_baru', {
      ...task,
      warnings: ['Permohonan kurang dari H-1.', 'Kegiatan di luar jam kerja.'],
    });
    expect(m.text).toBe(
      paragraphs(
        ...head,
        'Perlu diperhatikan:',
        '1. Permohonan kurang dari H-1.\n2. Kegiatan di luar jam kerja.',
        OPEN_ROW,
        ...CLOSING,
      ),
    );
    expect(m.html).toContain('<p>Perlu diperhatikan:</p>\n<ol><li>Permohonan kurang dari H-1.</li>');
  });

  it('says nothing about warnings when the list of warnings is empty', () => {
    const m = renderMessage('tugas_baru', { ...task, warnings: [] });
    expect(m.text).toBe(paragraphs(...head, OPEN_ROW, ...CLOSING));
    expect(m.html).not.toContain('Perlu diperhatikan');
  });
});

describe('dibatalkan_petugas', () => {
  const cancelled: MessageInputs['dibatalkan_petugas'] = {
    requestId: 'VC-2026-0001',
    recipientName: 'Budi',
    stepLabel: 'Disposisi ke Subkoordinator',
    applicantName: 'Siti Rahma',
    agency: 'Bappeda',
    event,
    reason: 'Acara diundur.',
    cancelledBy: 'pemohon',
    officeName: 'Diskominfo Kota Tarakan',
  };
  const NOTICE =
    'Permohonan berikut dibatalkan oleh pemohon saat berada pada langkah "Disposisi ke Subkoordinator". Tidak ada tindakan lagi; pesanan sumber daya dan rapatnya sudah dilepas.';

  it('greets the official by name and says who cancelled, at which step, and why', () => {
    const m = renderMessage('dibatalkan_petugas', cancelled);
    expect(m.subject).toBe('[VC-2026-0001] Permohonan dibatalkan');
    expect(m.text).toBe(
      paragraphs(
        'Yth. Budi,',
        NOTICE,
        `Nomor permohonan: VC-2026-0001\nPemohon: Siti Rahma (Bappeda)\n${EVENT_ROWS}\nAlasan: Acara diundur.`,
        ...CLOSING,
      ),
    );
  });

  it('greets "Bapak/Ibu" without a name and shows a dash for a missing agency or reason', () => {
    const m = renderMessage('dibatalkan_petugas', { ...cancelled, recipientName: '', agency: '', reason: '' });
    expect(m.text).toBe(
      paragraphs(
        'Yth. Bapak/Ibu,',
        NOTICE,
        `Nomor permohonan: VC-2026-0001\nPemohon: Siti Rahma (-)\n${EVENT_ROWS}\nAlasan: -`,
        ...CLOSING,
      ),
    );
  });
});

describe('minta_dokumentasi', () => {
  const ask: MessageInputs['minta_dokumentasi'] = {
    requestId: 'VC-2026-0001',
    recipientName: 'Operator CC',
    stepLabel: 'Mendokumentasikan Kegiatan Vidcon',
    event,
    documents: ['Notulen', 'Foto kegiatan'],
    spreadsheetUrl: SHEET,
    officeName: 'Diskominfo Kota Tarakan',
  };
  const ASK = 'Kegiatan berikut sudah selesai. Langkah berikutnya: Mendokumentasikan Kegiatan Vidcon. Mohon unggah:';

  it('lists the documents asked for, then the request number and the event', () => {
    const m = renderMessage('minta_dokumentasi', ask);
    expect(m.subject).toBe('[VC-2026-0001] Mohon unggah dokumentasi kegiatan');
    expect(m.text).toBe(
      paragraphs(
        'Yth. Operator CC,',
        ASK,
        '1. Notulen\n2. Foto kegiatan',
        `Nomor permohonan: VC-2026-0001\n${EVENT_ROWS}`,
        OPEN_ROW,
        ...CLOSING,
      ),
    );
  });

  it('asks for "dokumentasi kegiatan" when no document is named, and greets "Bapak/Ibu" without a name', () => {
    const m = renderMessage('minta_dokumentasi', { ...ask, recipientName: '', documents: [] });
    expect(m.text).toBe(
      paragraphs(
        'Yth. Bapak/Ibu,',
        ASK,
        '1. dokumentasi kegiatan',
        `Nomor permohonan: VC-2026-0001\n${EVENT_ROWS}`,
        OPEN_ROW,
        ...CLOSING,
      ),
    );
  });
});

describe('tindak_lanjut_pemohon', () => {
  const pass: MessageInputs['tindak_lanjut_pemohon'] = {
    requestId: 'VC-2026-0001',
    recipientName: 'TU',
    applicantName: 'Siti Rahma',
    agency: 'Bappeda',
    phone: '081234567890',
    message: 'Permohonan Anda perlu diperbaiki.\nNomor WhatsApp tidak valid.',
    whatsappUrl: 'https://wa.me/6281234567890?text=Permohonan',
    spreadsheetUrl: SHEET,
    officeName: 'Diskominfo Kota Tarakan',
  };
  const WHY =
    'Permohonan VC-2026-0001 dicatat dari surat tanpa alamat email pemohon, sehingga kabar berikut tidak dapat kami kirim. Mohon sampaikan kepada pemohon lewat telepon, WhatsApp atau surat.';
  const FOR_APPLICANT = 'Pesan untuk pemohon:\n\nPermohonan Anda perlu diperbaiki.\nNomor WhatsApp tidak valid.';

  it('gives the applicant, their number, the message to pass on and a WhatsApp link carrying it', () => {
    const m = renderMessage('tindak_lanjut_pemohon', pass);
    expect(m.subject).toBe('[VC-2026-0001] Sampaikan kabar kepada pemohon (surat tanpa email)');
    expect(m.text).toBe(
      paragraphs(
        'Yth. TU,',
        WHY,
        'Pemohon: Siti Rahma (Bappeda)\nTelepon/WhatsApp: 081234567890',
        FOR_APPLICANT,
        'Kirim pesan ini lewat WhatsApp: https://wa.me/6281234567890?text=Permohonan',
        OPEN_ROW,
        ...CLOSING,
      ),
    );
    expect(m.html).toContain('Kirim pesan ini lewat WhatsApp: <a href="https://wa.me/6281234567890?text=Permohonan">');
  });

  it('shows dashes for what the letter did not give, and no WhatsApp link without a number', () => {
    const m = renderMessage('tindak_lanjut_pemohon', {
      ...pass,
      recipientName: '',
      applicantName: '',
      agency: '',
      phone: '',
      whatsappUrl: '',
    });
    expect(m.text).toBe(
      paragraphs('Yth. Bapak/Ibu,', WHY, 'Pemohon: - (-)\nTelepon/WhatsApp: -', FOR_APPLICANT, OPEN_ROW, ...CLOSING),
    );
    expect(m.html).not.toContain('WhatsApp:</a>');
    expect(m.html).not.toContain('Kirim pesan ini');
  });
});

describe('ringkasan_terlambat', () => {
  const late = (requestId: string, url?: string) => ({
    requestId,
    stepLabel: 'Disposisi',
    roleLabel: 'Kabid',
    lateMinutes: 150,
    ...(url === undefined ? {} : { url }),
  });
  const digest = (items: MessageInputs['ringkasan_terlambat']['items']) =>
    renderMessage('ringkasan_terlambat', {
      date: '2026-01-05',
      spreadsheetUrl: SHEET,
      officeName: 'Diskominfo Kota Tarakan',
      items,
    });

  it('names all three requests in the subject, without an ellipsis, when there are exactly three', () => {
    const m = digest([late('VC-2026-0001'), late('VC-2026-0002'), late('VC-2026-0003'), late('VC-2026-0002')]);
    expect(m.subject).toBe(
      '[VC-2026-0001, VC-2026-0002, VC-2026-0003] Ringkasan langkah terlambat — Senin, 5 Januari 2026',
    );
  });

  it('lists the late steps as plain lines when any of them has no private link', () => {
    const m = digest([
      late('VC-2026-0001', 'https://script.google.com/macros/s/E/exec?p=langkah&r=1'),
      late('VC-2026-0002', ''),
    ]);
    expect(m.text).toBe(
      paragraphs(
        'Langkah berikut melewati waktu standar (Mutu Baku) per Senin, 5 Januari 2026:',
        '1. VC-2026-0001 — Disposisi (Kabid): terlambat 2 jam 30 menit\n2. VC-2026-0002 — Disposisi (Kabid): terlambat 2 jam 30 menit',
        `Buka spreadsheet Layanan Vicon: ${SHEET}`,
        ...CLOSING,
      ),
    );
    expect(m.text).not.toContain('tindak sekarang');
  });
});

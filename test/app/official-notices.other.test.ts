import { noticeWorld } from './fakes-notices';

const STEP = 'Kepala Bidang menerima surat permohonan dari Kepala Dinas dan mendisposisikan kepada Subkoor';
const QUOTA = 'kuota email harian habis; dikirim ulang oleh pemicu berikutnya';
const FOOT = '\n\nDinas Komunikasi dan Informatika\n\nPesan ini dikirim otomatis oleh Layanan Vicon.';
const EVENT = 'Hari/Tanggal: Jumat, 20 Maret 2026\nPukul: 09.00–11.00 WIB\n';

describe('cancellation notice (notify_role, template dibatalkan)', () => {
  it("tells the step's holder the applicant cancelled, with the reason without its prefix, escaped in html", () => {
    const w = noticeWorld();
    const r = w.request({ applicantName: 'Rina <b>' });
    const p = {
      template: 'dibatalkan',
      role: 'kabid',
      fromStep: 'disposisi_kabid',
      note: 'Dibatalkan oleh pemohon: acara <batal>',
    };
    expect(w.notify(p, r)).toEqual({
      status: 'done',
      note: 'pemberitahuan pembatalan terkirim ke kabid@kominfo.go.id',
    });
    const m = w.mailer.sent[0];
    expect(m).toMatchObject({
      to: 'kabid@kominfo.go.id',
      subject: '[VC-2026-0001] Permohonan dibatalkan',
      replyTo: 'vicon@kominfo.go.id',
      key: 'VC-2026-0001:v2:notify_role',
    });
    expect(m.text).toBe(
      `Yth. Pak Kabid,\n\nPermohonan berikut dibatalkan oleh pemohon saat berada pada langkah "${STEP}". ` +
        'Tidak ada tindakan lagi; pesanan sumber daya dan rapatnya sudah dilepas.\n\n' +
        'Nomor permohonan: VC-2026-0001\nPemohon: Rina <b> (Dinas Pendidikan)\nKegiatan: Rapat Koordinasi PPDB\n' +
        `${EVENT}Alasan: acara <batal>${FOOT}`,
    );
    expect(m.html).toContain('<b>Rina &lt;b&gt; (Dinas Pendidikan)</b>');
    expect(m.html).toContain('<b>acara &lt;batal&gt;</b>');
    w.notify(p, r);
    expect(w.mailer.sent).toHaveLength(1);
  });

  it('adds the operator once, greets several by Bapak/Ibu, and says an admin cancelled', () => {
    const w = noticeWorld();
    const p = { template: 'dibatalkan', role: 'kabid', fromStep: 'disposisi_kabid', note: 'Jadwal pimpinan berubah' };
    w.notify(p, w.request({ operator: ' operator@kominfo.go.id ' }));
    expect(w.mailer.sent[0].to).toBe('kabid@kominfo.go.id, operator@kominfo.go.id');
    expect(w.mailer.sent[0].text).toMatch(/^Yth\. Bapak\/Ibu,\n\nPermohonan berikut dibatalkan oleh admin saat/);
    expect(w.mailer.sent[0].text).toContain('\nAlasan: Jadwal pimpinan berubah\n');
    // Only a note that starts with the applicant's words marks the applicant's own cancellation.
    w.notify({ ...p, note: 'Lewat telepon: Dibatalkan oleh pemohon' }, w.request({ version: 5 }));
    expect(w.mailer.sent.at(-1)!.text).toContain('dibatalkan oleh admin saat');
    w.notify({ ...p, note: 'Dibatalkan oleh pemohon:   tanpa alasan' }, w.request({ version: 6 }));
    expect(w.mailer.sent.at(-1)!.text).toContain('\nAlasan: tanpa alasan\n');
    w.notify({ ...p, role: 'operator' }, w.request({ operator: 'operator@kominfo.go.id', version: 3 }));
    expect(w.mailer.sent[3].to).toBe('operator@kominfo.go.id');
    expect(w.mailer.sent[3].text.split('\n')[0]).toBe('Yth. Mas Operator,');
  });

  it('greets an operator outside Pengguna as Bapak/Ibu, and names an unknown step by its id', () => {
    const w = noticeWorld();
    w.notify({ template: 'dibatalkan', fromStep: 'langkah_lama', note: '' }, w.request({ operator: 'luar@mitra.id' }));
    expect(w.mailer.sent[0].to).toBe('luar@mitra.id');
    expect(w.mailer.sent[0].text).toMatch(
      /^Yth\. Bapak\/Ibu,\n\nPermohonan berikut dibatalkan oleh admin saat berada pada langkah "langkah_lama"\./,
    );
    w.now.t = new Date('2026-03-16T09:00:00Z');
    w.notify({ template: 'dibatalkan' }, w.request({ operator: 'luar@mitra.id' }));
    expect(w.mailer.sent[1].text).toContain('pada langkah "".');
    expect(w.mailer.sent[1].text).toContain('\nAlasan: -\n');
    expect(w.mailer.sent[1].text).toContain('dibatalkan oleh admin saat');
  });

  it('sends nothing when no one is concerned: no holder, and an operator cell that is not an address', () => {
    const w = noticeWorld();
    expect(w.notify({ template: 'dibatalkan', role: 'pemohon' }, w.request({ operator: 'Budi' }))).toEqual({
      status: 'done',
      note: 'tidak ada petugas yang perlu diberi tahu',
    });
    expect(w.mailer.sent).toEqual([]);
  });

  it('keeps the cancellation pending when the quota is out', () => {
    const w = noticeWorld();
    w.mailer.quotaLeft = 0;
    expect(w.notify({ template: 'dibatalkan', role: 'kabid' })).toEqual({ status: 'pending', note: QUOTA });
  });
});

describe('documentation request (ask_documentation)', () => {
  it('asks the assigned operator alone for each document by its name, once per key', () => {
    const w = noticeWorld();
    const r = w.request({ operator: ' operator@kominfo.go.id', title: 'Rapat <i>PPDB</i>' });
    const p = { role: 'subkoor', documents: 'notulen,foto,laporan,video,disposisi,,lain' };
    expect(w.askDocs(p, r)).toEqual({
      status: 'done',
      note: 'permintaan dokumentasi terkirim ke operator@kominfo.go.id',
    });
    const m = w.mailer.sent[0];
    expect(m).toMatchObject({
      to: 'operator@kominfo.go.id',
      subject: '[VC-2026-0001] Mohon unggah dokumentasi kegiatan',
      replyTo: 'vicon@kominfo.go.id',
      key: 'VC-2026-0001:v2:ask_documentation',
    });
    expect(m.text).toBe(
      `Yth. Mas Operator,\n\nKegiatan berikut sudah selesai. Langkah berikutnya: ${STEP}. Mohon unggah:\n\n` +
        '1. Notulen\n2. Foto kegiatan\n3. Laporan hasil pelaksanaan\n4. File video hasil perekaman\n' +
        '5. Disposisi pimpinan\n6. lain\n\nNomor permohonan: VC-2026-0001\nKegiatan: Rapat <i>PPDB</i>\n' +
        `${EVENT}\nBuka VC-2026-0001 (spreadsheet terbuka pada barisnya; pilih Layanan Vicon › Buka panel): ` +
        `https://docs.google.com/spreadsheets/d/kantor${FOOT}`,
    );
    expect(m.html).toContain('<b>Rapat &lt;i&gt;PPDB&lt;/i&gt;</b>');
    w.askDocs(p, r);
    expect(w.mailer.sent).toHaveLength(1);
  });

  it("asks the role's holders when no operator is assigned, linking the Register row when given", () => {
    const w = noticeWorld();
    w.ctx.requestUrl = (id) => `https://sheet.test/baris/${id}`;
    w.askDocs({ role: 'subkoor', alsoRoles: 'kabid', documents: '' }, w.request({ operator: 'belum ditunjuk' }));
    expect(w.mailer.sent[0].to).toBe('subkoor@kominfo.go.id, kabid@kominfo.go.id');
    expect(w.mailer.sent[0].text.split('\n')[0]).toBe('Yth. Bu Subkoor,');
    expect(w.mailer.sent[0].text).toContain('Mohon unggah:\n\n1. dokumentasi kegiatan\n\nNomor permohonan');
    expect(w.mailer.sent[0].text).toContain('): https://sheet.test/baris/VC-2026-0001\n');
  });

  it('names an unknown step by its id, and greets an operator outside Pengguna as Bapak/Ibu', () => {
    const w = noticeWorld();
    w.askDocs({ role: 'subkoor' }, w.request({ stepId: 'unggah', operator: 'luar@mitra.id' }));
    expect(w.mailer.sent[0].to).toBe('luar@mitra.id');
    expect(w.mailer.sent[0].text.split('\n')[0]).toBe('Yth. Bapak/Ibu,');
    expect(w.mailer.sent[0].text).toContain('Langkah berikutnya: unggah. Mohon unggah:\n\n1. dokumentasi kegiatan\n\n');
  });

  it('waits while no one can be asked, naming the role by label or id', () => {
    const w = noticeWorld();
    w.users[3].active = false;
    expect(w.askDocs({ role: 'subkoor', roleLabel: 'Subkoor PKIP' })).toEqual({
      status: 'pending',
      note: 'belum ada pengguna aktif dengan peran Subkoor PKIP di sheet Pengguna',
    });
    expect(w.askDocs({ role: 'subkoor' }).note).toBe('belum ada pengguna aktif dengan peran subkoor di sheet Pengguna');
    expect(w.mailer.sent).toEqual([]);
  });

  it('asks nothing once the request left the documentation step, and waits on the quota', () => {
    const w = noticeWorld();
    expect(w.askDocs({ role: 'subkoor', toStep: 'pendampingan' })).toEqual({
      status: 'done',
      note: 'langkah dokumentasi sudah dilewati; tidak perlu diminta lagi',
    });
    expect(w.mailer.sent).toEqual([]);
    w.mailer.quotaLeft = 0;
    expect(w.askDocs({ role: 'subkoor', toStep: 'disposisi_kabid' })).toEqual({ status: 'pending', note: QUOTA });
  });
});

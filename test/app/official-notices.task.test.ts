import { namedLinks, noticeWorld } from './fakes-notices';

const STEP = 'Kepala Bidang menerima surat permohonan dari Kepala Dinas dan mendisposisikan kepada Subkoor';
const KEY = 'VC-2026-0001:v2:notify_role';
const QUOTA = 'kuota email harian habis; dikirim ulang oleh pemicu berikutnya';
const OPEN = 'Buka VC-2026-0001 (spreadsheet terbuka pada barisnya; pilih Layanan Vicon › Buka panel): ';
const FOOT = '\n\nDinas Komunikasi dan Informatika\n\nPesan ini dikirim otomatis oleh Layanan Vicon.';

describe('new task notice (notify_role)', () => {
  it('mails the active holder the exact task text, escaping the applicant in the html, once per key', () => {
    const w = noticeWorld();
    const r = w.request({ applicantName: 'Rina <b>&"', title: 'Rapat <i>PPDB</i>' });
    const out = w.notify({ role: 'kabid', fromStep: 'disposisi_kadis', warnings: 'Awas satu\n\nAwas dua' }, r);
    expect(out).toEqual({ status: 'done', note: 'pemberitahuan tugas terkirim ke kabid@kominfo.go.id' });
    expect(w.mailer.sent).toHaveLength(1);
    const m = w.mailer.sent[0];
    expect(m).toMatchObject({ to: 'kabid@kominfo.go.id', replyTo: 'vicon@kominfo.go.id', key: KEY });
    expect(m.subject).toBe(`[VC-2026-0001] Tugas baru: ${STEP}`);
    expect(m.text).toBe(
      `Yth. Pak Kabid,\n\nAda permohonan yang menunggu tindakan Anda sebagai Kabid Diseminasi: ${STEP}.\n\n` +
        'Nomor permohonan: VC-2026-0001\nPemohon: Rina <b>&" (Dinas Pendidikan)\nKegiatan: Rapat <i>PPDB</i>\n' +
        'Hari/Tanggal: Jumat, 20 Maret 2026\nPukul: 09.00–11.00 WIB\nWaktu standar: 5 menit\n\n' +
        'Perlu diperhatikan:\n\n1. Awas satu\n2. Awas dua\n\n' +
        `${OPEN}https://docs.google.com/spreadsheets/d/kantor${FOOT}`,
    );
    expect(m.html).toContain('<b>Rina &lt;b&gt;&amp;&quot; (Dinas Pendidikan)</b>');
    expect(m.html).toContain('<b>Rapat &lt;i&gt;PPDB&lt;/i&gt;</b>');
    expect(m.html).not.toContain('<i>PPDB');
    // The hourly retry runs the same effect again: the ledger answers 'sent', nothing new goes out.
    expect(w.notify({ role: 'kabid', fromStep: 'disposisi_kadis', warnings: 'Awas satu\n\nAwas dua' }, r).status).toBe(
      'done',
    );
    expect(w.mailer.sent).toHaveLength(1);
  });

  it("links the request's Register row when the office gives one, and the given role label", () => {
    const w = noticeWorld();
    w.ctx.requestUrl = (id) => `https://sheet.test/baris/${id}`;
    w.notify({ role: 'kabid', roleLabel: 'Kepala Bidang Diseminasi' });
    expect(w.mailer.sent[0].text).toContain('menunggu tindakan Anda sebagai Kepala Bidang Diseminasi: ');
    expect(w.mailer.sent[0].text).toContain(`${OPEN}https://sheet.test/baris/VC-2026-0001\n`);
    expect(w.mailer.sent[0].text).not.toContain('Perlu diperhatikan');
  });

  it('sends nothing when the request already left the step the notice was for', () => {
    const w = noticeWorld();
    expect(w.notify({ role: 'kadis', toStep: 'disposisi_kadis' })).toEqual({
      status: 'done',
      note: 'langkah sudah dilewati; pemberitahuan tidak perlu dikirim',
    });
    expect(w.mailer.sent).toEqual([]);
    expect(w.notify({ role: 'kabid', toStep: 'disposisi_kabid' }).status).toBe('done');
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['kabid@kominfo.go.id']);
  });

  it('sends nothing when the work stays with the role of the step it left, by role or by also-role', () => {
    const w = noticeWorld();
    const stays = { status: 'done', note: 'tugas tetap pada peran yang sama; tidak perlu email baru' };
    expect(w.notify({ role: 'kabid', fromStep: 'disposisi_kabid' })).toEqual(stays);
    expect(w.notify({ role: 'kadis', alsoRoles: 'subkoor,kabid', fromStep: 'disposisi_kabid' })).toEqual(stays);
    expect(w.mailer.sent).toEqual([]);
    w.notify({ role: 'kabid', fromStep: 'langkah_lama' });
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['kabid@kominfo.go.id']);
  });

  it('counts a step shared by several roles as staying when the next role is any one of them', () => {
    const w = noticeWorld();
    w.preset.steps.find((s) => s.id === 'disposisi_kadis')!.alsoActors = ['subkoor'];
    expect(w.notify({ role: 'subkoor', fromStep: 'disposisi_kadis' }).note).toBe(
      'tugas tetap pada peran yang sama; tidak perlu email baru',
    );
    expect(w.mailer.sent).toEqual([]);
  });

  it('waits while no active user holds the role, naming it; inactive users get nothing', () => {
    const w = noticeWorld();
    w.users[1].active = false;
    expect(w.notify({ role: 'kabid' })).toEqual({
      status: 'pending',
      note: 'belum ada pengguna aktif dengan peran Kabid Diseminasi di sheet Pengguna',
    });
    expect(w.notify({ role: 'kabid', roleLabel: 'Kabid' }).note).toBe(
      'belum ada pengguna aktif dengan peran Kabid di sheet Pengguna',
    );
    // A Pengguna row naming the applicant role (or a blank one) never receives an official's notice.
    w.users.push({
      email: 'salah@kominfo.go.id',
      name: 'Salah Isi',
      nip: '',
      roles: ['pemohon', ''],
      active: true,
      isAdmin: false,
    });
    expect(w.notify({ role: 'pemohon', alsoRoles: 'pemohon' }).status).toBe('pending');
    expect(w.notify({ role: '', alsoRoles: 'kabid,' }).status).toBe('pending');
    expect(w.notify({ alsoRoles: 'kabid' }).note).toBe('belum ada pengguna aktif dengan peran  di sheet Pengguna');
    expect(w.mailer.sent).toEqual([]);
  });

  it("adds the Plh on the office's own date, greets them by the role when several share one mail", () => {
    const w = noticeWorld();
    // 01:00 WIB on 16 March is still 15 March in UTC: the stand-in is in force by the office's date only.
    w.now.t = new Date('2026-03-15T18:00:00Z');
    w.delegations.push(
      { role: 'kabid', substitute: 'staf@kominfo.go.id', forName: 'Pak Kabid', from: '2026-03-16', to: '2026-03-17' },
      {
        role: 'kabid',
        substitute: 'subkoor@kominfo.go.id',
        forName: 'Pak Kabid',
        from: '2026-03-10',
        to: '2026-03-15',
      },
    );
    expect(w.notify({ role: 'kabid', alsoRoles: 'pemohon,,kabid' })).toEqual({
      status: 'done',
      note: 'pemberitahuan tugas terkirim ke kabid@kominfo.go.id, staf@kominfo.go.id',
    });
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['kabid@kominfo.go.id, staf@kominfo.go.id']);
    expect(w.mailer.sent[0].text.split('\n')[0]).toBe('Yth. Kabid Diseminasi,');
  });

  it('mails a person once though they hold several of the named roles', () => {
    const w = noticeWorld();
    w.delegations.push({
      role: 'kabid',
      substitute: 'subkoor@kominfo.go.id',
      forName: 'Pak Kabid',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    w.notify({ role: 'kabid', alsoRoles: 'subkoor' });
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['kabid@kominfo.go.id, subkoor@kominfo.go.id']);
  });

  it('keeps the notice pending when the quota is out, and sends it once when quota returns', () => {
    const w = noticeWorld();
    w.mailer.quotaLeft = 0;
    expect(w.notify({ role: 'kabid' })).toEqual({ status: 'pending', note: QUOTA });
    expect(w.mailer.sent).toEqual([]);
    w.mailer.quotaLeft = 5;
    expect(w.notify({ role: 'kabid' }).status).toBe('done');
    expect(w.notify({ role: 'kabid' }).status).toBe('done');
    expect(w.mailer.sent).toHaveLength(1);
  });

  it('names the step by its id and says it may be done any time when the preset does not know it', () => {
    const w = noticeWorld();
    w.notify({ role: 'kabid' }, w.request({ stepId: 'langkah_khusus' }));
    expect(w.mailer.sent[0].subject).toBe('[VC-2026-0001] Tugas baru: langkah_khusus');
    expect(w.mailer.sent[0].text).toContain('\nWaktu standar: setiap saat\n');
  });
});

describe('new task notice with private links', () => {
  it('mails each holder their own links from the step start, keyed per holder', () => {
    const w = noticeWorld();
    w.ctx.officialLinks = namedLinks();
    expect(w.notify({ role: 'kabid', alsoRoles: 'kadis' })).toEqual({
      status: 'done',
      note: 'pemberitahuan tugas terkirim ke kabid@kominfo.go.id, kadis@kominfo.go.id',
    });
    expect(w.mailer.sent.map((m) => [m.to, m.key])).toEqual([
      ['kabid@kominfo.go.id', `${KEY}:kabid@kominfo.go.id`],
      ['kadis@kominfo.go.id', `${KEY}:kadis@kominfo.go.id`],
    ]);
    expect(w.mailer.sent[1].text).toContain('Yth. Bu Kadis,\n');
    expect(w.mailer.sent[1].text).toContain(
      'Waktu standar: 5 menit\n\n' +
        'Tindak dari ponsel (tautan pribadi Anda; jangan diteruskan): ' +
        'https://langkah.test/VC-2026-0001/kadis@kominfo.go.id/2026-03-15T23:30:00.000Z\n\n' +
        'Buka semua tugas saya (tautan pribadi Anda; jangan diteruskan): ' +
        'https://tugas.test/kadis@kominfo.go.id/2026-03-15T23:30:00.000Z\n\n',
    );
  });

  it('keys a lone holder by the effect key, and dates links from now when the step start is unreadable', () => {
    const w = noticeWorld();
    w.ctx.officialLinks = namedLinks();
    w.notify({ role: 'kabid' }, w.request({ stepSince: '' }));
    expect(w.mailer.sent[0].key).toBe(KEY);
    expect(w.mailer.sent[0].text).toContain('https://tugas.test/kabid@kominfo.go.id/2026-03-16T01:00:00.000Z');
  });

  it('stays pending while any holder could not be mailed, and the retry sends only the missing one', () => {
    const w = noticeWorld();
    w.ctx.officialLinks = namedLinks();
    w.mailer.quotaLeft = 1;
    expect(w.notify({ role: 'kabid', alsoRoles: 'kadis' })).toEqual({ status: 'pending', note: QUOTA });
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['kabid@kominfo.go.id']);
    w.mailer.quotaLeft = 1;
    expect(w.notify({ role: 'kabid', alsoRoles: 'kadis' }).status).toBe('done');
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['kabid@kominfo.go.id', 'kadis@kominfo.go.id']);
  });
});

import { detailWorld, seen } from './fakes-detail';

const ADMIN = 'admin@kominfo.go.id';
const MEETING = {
  operator: 'operator@kominfo.go.id',
  host: 'zoom1@kominfo.go.id',
  room: 'Ruang Rapat Lt. 2',
  testTime: '29 November 2026 pukul 14.00',
  joinUrl: 'https://zoom.us/j/81234567890?pwd=AbCd',
  meetingId: '81234567890',
  passcode: '445566',
  replyLetterNumber: '045/77/Kominfo',
  note: 'Sudah dikonfirmasi',
  srikandiNumber: 'SRK-2026-12',
  notes: 'Butuh dua layar',
};

describe('the fields of a request detail', () => {
  it('shows an admin every filled field with its Indonesian label, in order', () => {
    const { w, request } = detailWorld();
    const d = seen(w, request({ ...MEETING, needsRoom: true, needsOperator: false, needsRecording: true }), ADMIN);
    expect(d.fields).toEqual([
      { label: 'Kegiatan', value: 'Rapat Koordinasi PPDB' },
      { label: 'Waktu', value: 'Senin, 30 November 2026 · 09.00–11.30 WIB' },
      { label: 'Instansi/OPD', value: 'Dinas Pendidikan' },
      { label: 'Pemohon', value: 'Siti Rahma, Kepala Bidang' },
      { label: 'Email', value: 'siti@disdik.go.id' },
      { label: 'WhatsApp', value: '6281234567890' },
      { label: 'Nomor surat', value: '005/123/Disdik' },
      { label: 'Nomor SRIKANDI', value: 'SRK-2026-12' },
      { label: 'Platform', value: 'Zoom' },
      { label: 'Peserta', value: '150' },
      { label: 'Perlu ruang / operator / rekaman', value: 'Ya / Tidak / Ya' },
      { label: 'Keterangan', value: 'Butuh dua layar' },
      { label: 'Operator', value: 'operator@kominfo.go.id' },
      { label: 'Akun Zoom', value: 'zoom1@kominfo.go.id' },
      { label: 'Ruang', value: 'Ruang Rapat Lt. 2' },
      { label: 'Uji koneksi', value: '29 November 2026 pukul 14.00' },
      { label: 'Tautan rapat', value: 'https://zoom.us/j/81234567890?pwd=AbCd' },
      { label: 'ID rapat', value: '81234567890' },
      { label: 'Kode sandi', value: '445566' },
      { label: 'Surat balasan', value: '045/77/Kominfo' },
      { label: 'Catatan petugas', value: 'Sudah dikonfirmasi' },
    ]);
  });

  it('leaves out empty fields: no position, no platform, no participant count', () => {
    const { w, request } = detailWorld();
    const d = seen(w, request({ position: '', platform: '', participants: null }), ADMIN);
    expect(d.fields.map((f) => f.label)).toEqual([
      'Kegiatan',
      'Waktu',
      'Instansi/OPD',
      'Pemohon',
      'Email',
      'WhatsApp',
      'Nomor surat',
      'Perlu ruang / operator / rekaman',
    ]);
    expect(d.fields[3]).toEqual({ label: 'Pemohon', value: 'Siti Rahma' });
    expect(d.fields[7].value).toBe('Tidak / Ya / Ya');
  });

  it('shows zero participants as 0', () => {
    const { w, request } = detailWorld();
    const d = seen(w, request({ participants: 0 }), ADMIN);
    expect(d.fields.find((f) => f.label === 'Peserta')).toEqual({ label: 'Peserta', value: '0' });
  });

  it('hides contacts and meeting access from the Kepala Dinas disposing the request', () => {
    const { w, request } = detailWorld();
    const d = seen(w, request(MEETING), 'kadis@kominfo.go.id');
    const labels = d.fields.map((f) => f.label);
    expect(labels).not.toContain('Email');
    expect(labels).not.toContain('WhatsApp');
    expect(labels).not.toContain('Tautan rapat');
    expect(labels).not.toContain('ID rapat');
    expect(labels).not.toContain('Kode sandi');
    expect(labels).toContain('Operator');
    expect(labels).toContain('Nomor surat');
  });

  it('shows the Subkoor granting the slot the contacts (to offer another time) but not the meeting', () => {
    const { w, request } = detailWorld();
    const r = request({ ...MEETING, stepId: 'izin_subkoor', status: 'Menunggu Izin Subkoor' });
    const labels = seen(w, r, 'subkoor@kominfo.go.id').fields.map((f) => f.label);
    expect(labels).toContain('Email');
    expect(labels).toContain('WhatsApp');
    expect(labels).not.toContain('Tautan rapat');
    expect(labels).not.toContain('ID rapat');
    expect(labels).not.toContain('Kode sandi');
  });

  it('shows the official creating the meeting its access but not the contacts', () => {
    const { w, request } = detailWorld();
    const r = request({ ...MEETING, operator: '', stepId: 'buat_rapat', status: 'Menunggu Pembuatan Link Zoom' });
    const holder = w.users.find((u) => u.roles.includes('operator'))!.email;
    const labels = seen(w, r, holder).fields.map((f) => f.label);
    expect(labels).not.toContain('Email');
    expect(labels).not.toContain('WhatsApp');
    expect(labels).toEqual(expect.arrayContaining(['Tautan rapat', 'ID rapat', 'Kode sandi']));
  });
});

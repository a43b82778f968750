import { validAnswers } from '../fixtures/answers';
import { e2eWorld, type E2E } from './world';

const step = (e: E2E, who: string, id: string, action: string, input = {}) => {
  e.as(`${who}@kominfo.go.id`);
  const r = e.act(id, action, input);
  if (!r.ok) throw new Error(r.error);
};

describe('Zoom cloud recordings on the built bundle', () => {
  it('are fetched once after the meeting when the applicant asked for one, kept with their passcode, and shown in the timeline', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers({ 'Perlu rekaman': 'Ya' }));
    const id = 'VC-2026-0001';
    for (const [who, action, input] of [
      ['kadis', 'disposisi'],
      ['kabid', 'disposisi'],
      ['subkoor', 'terima'],
      ['subkoor', 'setujui'],
      ['subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' }],
      ['operator', 'buat_rapat'],
    ] as Array<[string, string, object?]>) {
      step(e, who, id, action, input);
    }
    const meetingId = String(e.column('ID Rapat')[0]);
    e.app.call('runHourly');
    expect(e.sheet('Riwayat').filter((r) => r[5] === 'rekaman Zoom tersedia')).toHaveLength(0);
    e.ws.clock.set(new Date('2026-11-30T06:00:00Z'));
    e.app.call('runHourly');
    expect(e.sheet('Riwayat').filter((r) => r[5] === 'rekaman Zoom tersedia')).toHaveLength(0);
    e.zoom.addRecording(meetingId, ['shared_screen_with_speaker_view']);
    e.app.call('runHourly');
    e.app.call('runHourly');
    const rows = e.sheet('Riwayat').filter((r) => r[5] === 'rekaman Zoom tersedia');
    expect(rows).toHaveLength(1);
    const note = String(rows[0][8]);
    expect(note).toMatch(/^shared_screen_with_speaker_view: https:\/\/\S+\/rec\/play\/\S+\?pwd=[\w-]{32}$/m);
    expect(note).toMatch(/^Kode sandi rekaman: [\w@*-]{8}$/m);
    expect(note).not.toMatch(/download/);
    e.as('operator@kominfo.go.id');
    const detail = e.detail(id);
    expect(detail.ok && detail.value.timeline.some((t) => t.action === 'rekaman Zoom tersedia')).toBe(true);
  });

  it('one failing hourly job does not stop the others, and the run still reports the failure', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.ws.faults.inject('Form.getResponses', { kind: 'throw', message: 'Forms sedang gangguan', times: 1 });
    e.ws.mail.used = e.ws.mail.dailyQuota;
    e.as('kadis@kominfo.go.id');
    expect(e.act('VC-2026-0001', 'disposisi')).toMatchObject({ ok: true });
    expect(String(e.column('Efek Tertunda')[0])).toMatch(/notify_role/);
    e.ws.clock.advance(24 * 60 * 60 * 1000);
    expect(() => e.app.call('runHourly')).toThrow(/Ambil jawaban formulir: Forms sedang gangguan/);
    expect(String(e.column('Efek Tertunda')[0])).toBe('');
    expect(e.ws.logs.join('\n')).toMatch(/Ambil jawaban formulir gagal/);
  });
});

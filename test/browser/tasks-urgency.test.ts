/**
 * "Tugas saya" by urgency in Chromium, on the built panel and engine (stand-in): the soonest event
 * first, a request whose event passed unhandled in the "Terlewat" group, closed as tidak terlaksana
 * with one click (recorded and told to the applicant); an admin may reopen it within a day.
 */
import { validAnswers } from '../fixtures/answers';
import { ADMIN, e2eWorld, ok } from '../e2e/world';
import {
  browserSkipReason,
  horizontalOverflow,
  openSidebar,
  seriousA11yViolations,
  type SidebarSession,
} from './harness';

const skipReason = browserSkipReason();
const describeBrowser = skipReason ? describe.skip : describe;

describeBrowser('Tugas saya by urgency in Chromium', () => {
  let session: SidebarSession | undefined;
  afterEach(async () => session?.close());

  test('soonest event first, the missed one apart and closed in one click; an admin reopens it', async () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat Desember', 'Tanggal kegiatan': '2026-12-10' }));
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat Rabu', 'Tanggal kegiatan': '2026-11-25' }));
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat Kamis', 'Tanggal kegiatan': '2026-11-26' }));
    // Wednesday 25 November, 12:00 WIB: the Rabu meeting (09:00–11:30) passed without being handled.
    e.ws.clock.set(new Date('2026-11-25T05:00:00Z'));
    e.as('kadis@kominfo.go.id');
    session = await openSidebar((name, args) => e.app.callFromClient(name, ...args));
    const page = session.page;
    await page.locator('.task-open').first().waitFor();
    const open = page.getByRole('list', { name: 'Daftar tugas' });
    expect(await open.locator('.task-id').allTextContents()).toEqual(['VC-2026-0003', 'VC-2026-0001']);
    expect(await open.locator('.time-left').first().innerText()).toMatch(/^terlambat /);
    const missed = page.getByRole('list', { name: 'Permohonan terlewat' });
    expect(await missed.locator('.task-id').allTextContents()).toEqual(['VC-2026-0002']);
    expect(await page.getByRole('heading', { name: 'Terlewat (1)' }).count()).toBe(1);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Tutup: tidak terlaksana (VC-2026-0002)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Tutup: tidak terlaksana: tercatat untuk VC-2026-0002' })
      .waitFor();
    expect(e.column('Status')).toEqual([
      'Menunggu Disposisi Kepala Dinas',
      'Tidak Terlaksana',
      'Menunggu Disposisi Kepala Dinas',
    ]);
    const told = e.ws.mail.outbox.filter((m) => m.to.includes('siti@disdik.go.id')).at(-1)!;
    expect(told.subject).toMatch(/^\[VC-2026-0002\] /);
    expect(told.body).toContain('Rapat Rabu');

    e.as('kadis@kominfo.go.id');
    expect(ok(e.detail('VC-2026-0002')).actions).toEqual([]);
    e.as(ADMIN);
    expect(ok(e.detail('VC-2026-0002')).actions.map((a) => a.id)).toEqual(['buka_kembali']);
    expect(e.act('VC-2026-0002', 'buka_kembali', {})).toMatchObject({ ok: false });
    ok(e.act('VC-2026-0002', 'buka_kembali', { note: 'Ditutup terlalu cepat; acara diundur.' }));
    expect(e.column('Status')[1]).toBe('Menunggu Disposisi Kepala Dinas');
    e.ws.clock.set(new Date('2026-11-27T05:00:00Z'));
    e.as('kadis@kominfo.go.id');
    ok(e.act('VC-2026-0002', 'tidak_terlaksana'));
    e.ws.clock.set(new Date('2026-11-28T06:00:00Z'));
    e.as(ADMIN);
    expect(ok(e.detail('VC-2026-0002')).actions).toEqual([]);
    const trail = ok(e.detail('VC-2026-0002'))
      .timeline.map((t) => t.action)
      .filter((a) => /terlaksana|kembali/.test(a));
    expect(trail).toEqual(['tidak_terlaksana', 'buka_kembali', 'tidak_terlaksana']);
  });
});

/** The Rekap use cases (rebuild, and the hourly "when needed") and the execution-report effect. */
import { performStep } from '../../src/app/act';
import { intake } from '../../src/app/intake';
import { refreshRecap, refreshRecapDaily, type NightlyMark, type RecapPage, type RecapTab } from '../../src/app/recap';
import { reportHandler, type ReportPort } from '../../src/app/report';
import type { SelectorCells } from '../../src/core/recap/selector';
import { presetById } from '../../src/core/sop/presets';
import { makeRequest } from '../core/sop/fixtures';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

/** A Rekap tab in memory: the selector as typed, and every page drawn. */
function memoryTab(
  cells: SelectorCells = { month: '', year: '', opd: '' },
): RecapTab & { pages: RecapPage[]; zones: string[] } {
  const tab = {
    pages: [] as RecapPage[],
    zones: [] as string[],
    readSelector(tz: string) {
      tab.zones.push(tz);
      return cells;
    },
    render(page: RecapPage) {
      tab.pages.push(page);
    },
  };
  return tab;
}

function approvedTwo(): TestWorld {
  const w = world({ officeName: 'Diskominfo Contoh' });
  for (const [ref, date] of [
    ['r1', '2026-11-30'],
    ['r2', '2026-12-02'],
  ])
    intake(w.deps, {
      answers: validAnswers({ 'Tanggal kegiatan': date }),
      responseRef: ref,
      receivedAt: w.now.t,
      source: 'form',
    });
  for (const id of ['VC-2026-0001', 'VC-2026-0002'])
    for (const [role, action] of [
      ['kadis', 'disposisi'],
      ['kabid', 'disposisi'],
      ['subkoor', 'terima'],
      ['subkoor', 'setujui'],
    ]) {
      w.as(`${role}@kominfo.go.id`);
      const version = w.register.rows.find((r) => r.id === id)!.version;
      expect(performStep(w.deps, { requestId: id, action, expectedVersion: version, input: {} })).toMatchObject({
        ok: true,
      });
    }
  return w;
}

describe('refreshRecap', () => {
  it('draws this month by default, with the office name, zone, today and the Sumber Daya resources', () => {
    const w = approvedTwo();
    const tab = memoryTab();
    expect(refreshRecap(w.deps, tab)).toEqual({ label: 'November 2026', meetings: 1, problems: [] });
    const [page] = tab.pages;
    expect(page).toMatchObject({
      officeName: 'Diskominfo Contoh',
      tz: 'Asia/Jakarta',
      today: '2026-11-23',
      now: w.now.t,
      preset: presetById('000-bandung'),
      selection: { month: { year: 2026, month: 11 }, opd: '' },
    });
    expect(page.recap.schedule.map((s) => s.id)).toEqual(['VC-2026-0001']);
    expect(page.recap.utilisation.map((u) => [u.kind, u.name, u.hours])).toEqual([
      ['host', 'Zoom Kominfo 1', 2.5],
      ['room', 'Ruang Rapat Utama', 0],
    ]);
    expect(tab.zones).toEqual(['Asia/Jakarta']);
  });

  it('draws the month typed in the selector, and reports cells it could not read', () => {
    const w = approvedTwo();
    expect(refreshRecap(w.deps, memoryTab({ month: 'Desember', year: '2026', opd: 'Semua' }))).toEqual({
      label: 'Desember 2026',
      meetings: 1,
      problems: [],
    });
    expect(refreshRecap(w.deps, memoryTab({ month: 'Desember', year: 'tahun ini', opd: '' }))).toEqual({
      label: 'Desember 2026',
      meetings: 1,
      problems: ['Tahun "tahun ini" tidak dikenali (isi empat angka, mis. 2026); memakai tahun berjalan.'],
    });
  });

  it('without Sumber Daya it still draws, listing only the resources requests used', () => {
    const w = approvedTwo();
    delete w.deps.schedule;
    const tab = memoryTab();
    refreshRecap(w.deps, tab);
    expect(tab.pages[0].recap.utilisation.map((u) => u.name)).toEqual(['Zoom Kominfo 1']);
  });

  it('refuses to draw with a broken active preset, saying what to fix', () => {
    const w = world();
    const settings = { ...w.deps.config.settings().settings, presetId: '999-x' };
    w.deps.config.settings = () => ({ settings, problems: [] });
    const tab = memoryTab();
    expect(() => refreshRecap(w.deps, tab)).toThrow('Alur SOP "999-x" tidak dikenal.');
    expect(tab.pages).toEqual([]);
  });
});

describe('refreshRecapDaily', () => {
  /** A mark that behaves like the Script Properties one: set records the date and clears staleness. */
  function mark(last: string | null, stale: boolean): NightlyMark & { sets: string[] } {
    let date = last;
    let dirty = stale;
    const m = {
      sets: [] as string[],
      get: () => date,
      set: (d: string) => {
        m.sets.push(d);
        date = d;
        dirty = false;
      },
      isStale: () => dirty,
      clear: () => {
        date = null;
      },
    };
    return m;
  }

  it('a failed rebuild drops the mark, so the next run makes it', () => {
    const w = approvedTwo();
    const failing: RecapTab = {
      readSelector: () => {
        throw new Error('Rekap tidak dapat dibaca.');
      },
      render: () => undefined,
    };
    const m = mark('2026-11-22', false);
    expect(() => refreshRecapDaily(w.deps, failing, m)).toThrow('Rekap tidak dapat dibaca.');
    expect(m.get()).toBeNull();
    const tab = memoryTab();
    expect(refreshRecapDaily(w.deps, tab, m)).toBe(true);
    expect(refreshRecapDaily(w.deps, tab, m)).toBe(false);
    expect(tab.pages).toHaveLength(1);
  });

  it('rebuilds once a day, and again when a request changed', () => {
    const w = approvedTwo();
    const tab = memoryTab();
    const fresh = mark('2026-11-23', false);
    expect(refreshRecapDaily(w.deps, tab, fresh)).toBe(false);
    expect(tab.pages).toEqual([]);
    const stale = mark('2026-11-23', true);
    expect(refreshRecapDaily(w.deps, tab, stale)).toBe(true);
    expect(stale.sets).toEqual(['2026-11-23']);
    const yesterday = mark('2026-11-22', false);
    expect(refreshRecapDaily(w.deps, tab, yesterday)).toBe(true);
    expect(refreshRecapDaily(w.deps, tab, mark(null, false))).toBe(true);
    expect(tab.pages).toHaveLength(3);
  });

  it('"today" is the office date: 23:30 WIB on the 23rd is still the 23rd', () => {
    const w = approvedTwo();
    w.now.t = new Date('2026-11-23T16:30:00Z');
    const tab = memoryTab();
    expect(refreshRecapDaily(w.deps, tab, mark('2026-11-23', false))).toBe(false);
    w.now.t = new Date('2026-11-23T17:00:00Z');
    expect(refreshRecapDaily(w.deps, tab, mark('2026-11-23', false))).toBe(true);
  });
});

describe('reportHandler (make_report)', () => {
  function port(problems: string[] = []): ReportPort & { made: Array<{ id: string; fields: Record<string, string> }> } {
    const p = {
      made: [] as Array<{ id: string; fields: Record<string, string> }>,
      render(id: string, fields: Readonly<Record<string, string>>) {
        p.made.push({ id, fields: { ...fields } });
        return { pdfUrl: `https://drive.example/${id}.pdf`, problems };
      },
    };
    return p;
  }
  const settings = () => ({
    ...world().deps.config.settings().settings,
    officeName: 'Diskominfo Singkawang',
    timeZone: 'Asia/Pontianak' as const,
  });
  const clock = { now: () => new Date('2026-03-21T02:00:00Z') };
  const request = makeRequest({ operator: 'operator@kominfo.go.id', room: '' });
  const effect = {
    kind: 'make_report' as const,
    key: 'k',
    params: { doc_laporan: ' Berjalan lancar. ', doc_kendala: '' },
  };
  const preset = presetById('002-singkawang')!;

  it('renders the report from the documentation and links the PDF', () => {
    const p = port();
    expect(reportHandler(p, settings, clock)({ request, preset, effect })).toEqual({
      status: 'done',
      note: 'laporan pelaksanaan (PDF): https://drive.example/VC-2026-0001.pdf',
    });
    expect(p.made[0].id).toBe('VC-2026-0001');
    expect(p.made[0].fields).toMatchObject({
      nama_kantor: 'Diskominfo Singkawang',
      laporan: 'Berjalan lancar.',
      kendala: '-',
      ruang: '-',
      operator: 'operator@kominfo.go.id',
      penyusun: 'operator@kominfo.go.id',
      jam: '09.00–11.00 WIB',
      tanggal_laporan: '21 Maret 2026',
    });
  });

  it('stays pending while the template misses fields, naming them', () => {
    const p = port(['Kolom {{kendala}} tidak ada di templat.']);
    expect(reportHandler(p, settings, clock)({ request, preset, effect })).toEqual({
      status: 'pending',
      note: 'laporan belum lengkap: Kolom {{kendala}} tidak ada di templat.',
    });
  });
});

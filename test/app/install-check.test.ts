/**
 * "Periksa pemasangan" as use cases, over small fakes: the engine runs one part per call for
 * admins only, each probe on its own (one that throws fails only its line, with the exact
 * words); the panel asks part by part, stops after an unreachable first part, keeps going
 * after a later one fails, and builds the report.
 */
import { checkInstallationPart } from '../../src/app/install-check';
import { runInstallCheck, type PanelCheckPort } from '../../src/app/install-check-panel';
import type { InstallProbes } from '../../src/app/install-probes';
import type { CheckPartDto, PanelFactsDto } from '../../src/shared/check-rpc';
import type { Result } from '../../src/shared/rpc';
import { world } from './fakes';

function probes(over: Partial<InstallProbes> = {}): InstallProbes & { asked: string[] } {
  const asked: string[] = [];
  const fake: InstallProbes = {
    zoomTokenScopes: () => ({ ok: false, message: 'tidak dipakai' }),
    zoomUserExists: () => ({ ok: true, exists: true }),
    account: () => ({ office: 'layanan@kominfo.go.id', spreadsheetOwner: 'layanan@kominfo.go.id' }),
    triggers: () => ({ found: [], needs: [] }),
    ownership: () => [],
    form: (responders) => ({
      found: true,
      published: true,
      accepting: true,
      linkedHere: true,
      responders,
      anyoneMayAnswer: true,
      domainMayAnswer: false,
    }),
    protections: () => [],
    neededScopes: () => ['s'],
    grants: () => ({ granted: ['s'], error: '' }),
    cells: () => ({ used: 10, growing: 1, since: null }),
    recentErrors: () => [],
    meta: () => ({ version: 'v1', spreadsheetZone: 'Asia/Jakarta', spreadsheetLocale: 'id_ID' }),
    webApp: (url) => {
      asked.push(`webApp ${url}`);
      return { answered: true, forgedRefused: true, raw: [] };
    },
    calendars: (start, end) => {
      asked.push(`calendars ${start.toISOString()} ${end.toISOString()}`);
      return [];
    },
    testMail: (to) => {
      asked.push(`mail ${to}`);
      return { sent: true, quotaLeft: 99, raw: '' };
    },
    letter: () => ({ failedAt: null, raw: '' }),
    exportEndpoint: () => ({ status: 200, isXlsx: true, removed: true, raw: '' }),
    zoomTestMeeting: (host, date, zone) => {
      asked.push(`zoom ${host} ${date} ${zone}`);
      return { got: '2027-12-28T03:00:00Z', failedAt: null, raw: '' };
    },
    ...over,
  };
  return Object.assign(fake, { asked });
}

const FACTS: PanelFactsDto = {
  engineUrl: 'https://script.google.com/macros/s/AKfycbx1234567890/exec',
  engineUrlOk: true,
  sheets: { ok: true, raw: '' },
  identity: { ok: true, raw: '' },
  scopes: { granted: ['p'], error: '' },
};

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('the engine’s parts', () => {
  it('dasar: eight lines and the engine’s meta with the office zone', () => {
    const w = world({ timeZone: 'Asia/Makassar' });
    const done = value(checkInstallationPart(w.deps, probes(), 'dasar', FACTS));
    expect(done.lines.map((l) => l.id)).toEqual([
      'akun',
      'pemicu',
      'milik',
      'formulir',
      'perlindungan',
      'izin-mesin',
      'sel',
      'log',
    ]);
    expect(done.meta).toEqual({
      version: 'v1',
      spreadsheetZone: 'Asia/Jakarta',
      spreadsheetLocale: 'id_ID',
      officeZone: 'Asia/Makassar',
    });
  });

  it('a probe that throws fails only its own line, with the exact words', () => {
    const w = world();
    const p = probes({
      protections: () => {
        throw new Error('Service Spreadsheets failed while accessing document.');
      },
    });
    const lines = value(checkInstallationPart(w.deps, p, 'dasar', FACTS)).lines;
    expect(lines.find((l) => l.id === 'perlindungan')).toEqual({
      id: 'perlindungan',
      title: 'Sheet data terlindungi',
      ok: false,
      detail: 'Pemeriksaan ini berhenti karena kesalahan.',
      fix: 'Kirim laporan ini ke pengelola Layanan Vicon.',
      raw: ['Service Spreadsheets failed while accessing document.'],
    });
    expect(lines.filter((l) => l.id !== 'perlindungan').every((l) => l.ok)).toBe(true);
  });

  it('effects go where they must: the web app at the panel’s address, the mail to the caller, tests far ahead at night', () => {
    const w = world({ timeZone: 'Asia/Makassar' });
    const p = probes();
    for (const part of ['mesin', 'kalender', 'email', 'zoom'] as const)
      value(checkInstallationPart(w.deps, p, part, FACTS));
    expect(p.asked).toEqual([
      `webApp ${FACTS.engineUrl}`,
      'calendars 2027-12-27T19:00:00.000Z 2027-12-27T19:05:00.000Z',
      'mail admin@kominfo.go.id',
      'zoom zoom1@kominfo.go.id 2027-12-28 Asia/Makassar',
    ]);
  });

  it('Zoom unused (no host in Sumber Daya): one passing line, Zoom never asked', () => {
    const w = world();
    w.deps.schedule = undefined;
    const p = probes({
      zoomTokenScopes: () => {
        throw new Error('must not be asked');
      },
    });
    expect(value(checkInstallationPart(w.deps, p, 'zoom', FACTS)).lines.map((l) => [l.id, l.ok])).toEqual([
      ['zoom', true],
    ]);
  });

  it('refuses non-admins and unknown parts', () => {
    const w = world();
    w.as('operator@kominfo.go.id');
    expect(checkInstallationPart(w.deps, probes(), 'dasar', FACTS)).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.',
    });
    w.as('admin@kominfo.go.id');
    expect(checkInstallationPart(w.deps, probes(), 'semua', FACTS)).toEqual({
      ok: false,
      error: 'Bagian pemeriksaan tidak dikenal.',
    });
  });
});

function panelPort(
  answer: (part: string) => Result<CheckPartDto>,
  facts = FACTS,
): PanelCheckPort & { parts: string[] } {
  const parts: string[] = [];
  return {
    parts,
    facts: () => facts,
    neededScopes: () => ['p'],
    version: () => 'v-panel',
    userLocale: () => 'id',
    runPart: (part) => {
      parts.push(part);
      return answer(part);
    },
  };
}

const line = (id: string, ok = true) => ({ id, title: id, ok, detail: id, fix: ok ? '' : 'perbaiki', raw: [] });

describe('the panel’s side', () => {
  it('asks every part, in order, and counts and reports', () => {
    const w = world();
    const port = panelPort((part) => ({ ok: true, value: { lines: [line(part, part !== 'surat')] } }));
    const dto = value(runInstallCheck(w.deps, port));
    expect(port.parts).toEqual(['dasar', 'mesin', 'kalender', 'email', 'surat', 'ekspor', 'zoom']);
    expect([dto.passed, dto.failed]).toEqual([10, 1]);
    expect(dto.report).toContain('✗ surat [surat]');
    expect(dto.report).toContain('Versi: panel v-panel, mesin ?');
  });

  it('stops when the first part cannot be had; a later part failing stops nothing', () => {
    const w = world();
    const unreachable = panelPort(() => ({ ok: false, error: 'Mesin Layanan Vicon tidak dapat dihubungi.' }));
    expect(
      value(runInstallCheck(w.deps, unreachable))
        .lines.map((l) => l.id)
        .slice(4),
    ).toEqual(['bagian-dasar']);
    expect(unreachable.parts).toEqual(['dasar']);
    const slow = panelPort((part) =>
      part === 'kalender' ? { ok: false, error: 'Timeout' } : { ok: true, value: { lines: [line(part)] } },
    );
    const ids = value(runInstallCheck(w.deps, slow))
      .lines.map((l) => l.id)
      .slice(4);
    expect(ids).toEqual(['dasar', 'mesin', 'bagian-kalender', 'email', 'surat', 'ekspor', 'zoom']);
  });

  it('never calls the engine at an address that is not a web app', () => {
    const w = world();
    const port = panelPort(() => ({ ok: true, value: { lines: [] } }), { ...FACTS, engineUrlOk: false });
    expect(
      value(runInstallCheck(w.deps, port))
        .lines.map((l) => [l.id, l.ok])
        .slice(2),
    ).toEqual([
      ['alamat-mesin', false],
      ['izin-panel', true],
      ['bagian-dasar', false],
    ]);
    expect(port.parts).toEqual([]);
  });

  it('refuses an official who is not an admin before anything runs', () => {
    const w = world();
    w.as('kadis@kominfo.go.id');
    const port = panelPort(() => ({ ok: true, value: { lines: [] } }));
    expect(runInstallCheck(w.deps, port)).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat memeriksa pemasangan.',
    });
    expect(port.parts).toEqual([]);
  });

  it('someone Google does not name gets the panel’s own lines saying why, and the engine is never asked', () => {
    const w = world();
    w.as('');
    const port = panelPort(() => ({ ok: true, value: { lines: [] } }), {
      ...FACTS,
      identity: { ok: false, raw: 'Token identitas tanpa email terverifikasi.' },
    });
    const dto = value(runInstallCheck(w.deps, port));
    expect(dto.lines.map((l) => [l.id, l.ok])).toEqual([
      ['panel-baca', true],
      ['panel-identitas', false],
      ['alamat-mesin', true],
      ['izin-panel', true],
      ['bagian-dasar', false],
    ]);
    expect(dto.lines[4].raw[0]).toMatch(/^Alamat email Anda tidak dapat dibaca/);
    expect(port.parts).toEqual([]);
  });
});

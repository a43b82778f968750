/**
 * Plain language on the built bundle (issue 16 §2.5): walking each preset, nothing a person reads —
 * the sidebar's tasks and details, every mail, the Register's readable cells, the Rekap — holds an
 * internal step or action id, raw JSON, an M/D/YYYY date, or a waiting time in raw minutes or decimals.
 */
import type { RequestDetailDto, Result, SidebarStateDto, TaskDto } from '../../src/shared/rpc';
import { presetById } from '../../src/core/sop/presets';
import { formatSla, formatTimeLeft } from '../../src/ui/format';
import { e2eWorld, type E2E } from './world';
import { click, mainPath, PRESET_IDS, sopWorld, submitFor, type PresetId } from './sop-kit';

/** Register columns that hold the product's own state rather than something a person reads. */
const MACHINE_COLUMNS = new Set([
  'Ref Respons',
  'Langkah',
  'Sejak Langkah',
  'Versi',
  'Alur SOP',
  'Efek Tertunda',
  'Baris Riwayat',
  'Tanda',
]);

const URL = /https?:\/\/\S+/g;
const EMAIL = /[\w.+-]+@[\w.-]+/g;

/** What is wrong with `text` as something a person reads, '' when nothing. */
function flaw(text: string, codes: string[]): string {
  const t = text.replace(URL, ' ').replace(EMAIL, ' ');
  const code = codes.find((c) => new RegExp(`(^|[^\\w])${c}([^\\w]|$)`).test(t));
  if (code) return `kode internal "${code}"`;
  const snake = /(^|[^\w{])([a-z]+_[a-z_]+)(?![\w}])/.exec(t);
  if (snake) return `kode internal "${snake[2]}"`;
  if (t.includes('{"')) return 'JSON mentah';
  const mdy = [...t.matchAll(/\b(\d{1,2})\/(\d{1,2})\/\d{4}\b/g)].find(
    (m) => Number(m[2]) > 12 || m[1].length === 1 || m[2].length === 1,
  );
  if (mdy) return `tanggal M/D/YYYY "${mdy[0]}"`;
  const raw = /\b\d{3,}\s*menit\b|\b\d+[.,]\d+\s*(menit|jam|hari)\b|\(menit\)/.exec(t);
  if (raw) return `durasi "${raw[0]}"`;
  return '';
}

function read<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function taskTexts(t: TaskDto): string[] {
  return [
    t.title,
    t.agency,
    t.eventLabel,
    t.stepLabel,
    t.status,
    t.clash,
    formatTimeLeft(t.minutesLeft, t.overdue).text,
  ];
}

function detailTexts(d: RequestDetailDto): string[] {
  return [
    d.status,
    d.stepLabel,
    ...d.fields.map((f) => `${f.label}: ${f.value}`),
    ...d.warnings,
    ...d.problems,
    ...d.pending,
    ...d.actions.map((a) => a.label),
    ...d.timeline.flatMap((e) => [
      e.atLabel,
      e.actorLabel,
      e.fromStep,
      e.toStep,
      e.sentence,
      e.movedTo,
      formatSla(e.minutesTaken, e.standardMinutes, e.withinStandard),
    ]),
  ];
}

/** Each request's status page (the newest private link in the applicant's mails), as the text it shows. */
function statusPages(e: E2E): Array<[string, string]> {
  const links = new Map<string, string>();
  for (const m of e.ws.mail.outbox)
    for (const hit of m.body.matchAll(
      /https:\/\/script\.google\.com\/macros\/s\/[^\s"<>]+\?p=status&r=(VC-[\d-]+)&t=\w+/g,
    ))
      links.set(hit[1], hit[0]);
  const fetch = e.ws.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
  return [...links].map(([id, url]) => {
    const html = fetch.fetch(url, { muteHttpExceptions: true }).getContentText();
    const text = html
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"');
    return [`halaman status ${id}`, text] as [string, string];
  });
}

/** Every text a person reads in `e`, each with where it was read. */
function readable(e: E2E, roles: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const who of [...roles.map((r) => `${r}@kominfo.go.id`), 'admin@kominfo.go.id']) {
    e.as(who);
    const state = e.state() as Result<SidebarStateDto>;
    if (!state.ok) continue;
    for (const t of state.value.tasks) for (const x of taskTexts(t)) out.push([`Tugas saya (${who})`, x]);
    for (const id of e.column('Nomor').map(String))
      for (const x of detailTexts(read(e.detail(id)))) out.push([`detail ${id} (${who})`, x]);
  }
  for (const m of e.ws.mail.outbox) out.push([`mail "${m.subject}"`, `${m.subject}\n${m.body}`]);
  const register = e.ws.spreadsheet.sheets.find((s) => s.name === 'Register')!;
  const shown = register.getDataRange().getDisplayValues();
  shown[0].forEach((header, c) => {
    if (MACHINE_COLUMNS.has(header)) return;
    for (const row of shown.slice(1)) out.push([`Register "${header}"`, row[c]]);
  });
  for (const [where, text] of statusPages(e)) out.push([where, text]);
  const rekap = e.ws.spreadsheet.sheets.find((s) => s.name === 'Rekap');
  for (const row of rekap?.getDataRange().getDisplayValues() ?? []) for (const x of row) out.push(['Rekap', x]);
  return out;
}

function codesOf(presetId: PresetId): string[] {
  const preset = presetById(presetId)!;
  const ids = preset.steps.flatMap((s) => [s.id, ...s.actions.map((a) => a.id)]);
  return [...new Set(ids.filter((id) => id.includes('_')))];
}

describe.each(PRESET_IDS)('plain language, preset %s', (presetId) => {
  it('the flaw finder catches what it must (so a clean walk means something)', () => {
    const codes = codesOf(presetId);
    expect(flaw(`Menunggu ${codes[0]}`, codes)).not.toBe('');
    expect(flaw('{"a":1}', codes)).toBe('JSON mentah');
    expect(flaw('Diterima 12/1/2026', codes)).toMatch(/M\/D\/YYYY/);
    expect(flaw('Diterima 11/23/2026 9:00:00', codes)).toMatch(/M\/D\/YYYY/);
    expect(flaw('Diterima 23/11/2026 09:00', codes)).toBe('');
    expect(flaw('terlambat 40189 menit', codes)).toMatch(/durasi/);
    expect(flaw('sisa 2 hari 3 jam', codes)).toBe('');
  });

  it('a walk to Selesai, a late request and the Rekap hold no internal codes, JSON, M/D/YYYY or raw minutes', () => {
    const e = sopWorld(presetId, new Date('2026-11-23T02:00:00Z'));
    const done = submitFor(e, '2026-12-08');
    click(e, done, mainPath(presetId, '2026-12-08'));
    submitFor(e, '2026-12-10');
    e.ws.clock.advance(5 * 24 * 60 * 60 * 1000);
    e.app.call('runHourly');
    e.app.call('menuRefreshRecap');
    const roles = presetById(presetId)!.roles.map((r) => r.id);
    const bad = readable(e, [...roles, 'operator'])
      .map(([where, text]) => [where, flaw(String(text ?? ''), codesOf(presetId)), String(text).slice(0, 160)])
      .filter(([, f]) => f !== '');
    expect(bad).toEqual([]);
    expect(statusPages(e).map(([where]) => where)).toContain(`halaman status ${done}`);
    const rekap = e.ws.spreadsheet.sheets
      .find((s) => s.name === 'Rekap')!
      .getDataRange()
      .getDisplayValues();
    const waiting = rekap.findIndex((r) => r[0] === 'Nomor' && r[3] === 'Menunggu');
    expect(rekap[waiting + 1][3]).toMatch(/^\d+ (hari|jam|menit)( \d+ (jam|menit))?$/);
  });
});

describe('the Register an official opens', () => {
  it("hides exactly the columns that hold the product's own state, and shows the rest", () => {
    const e = e2eWorld('000-bandung');
    const sheet = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheetByName('Register')!;
    const header = sheet
      .getRange(1, 1, 1, sheet.getLastColumn())
      .getValues()[0]
      .map((h) => String(h));
    const hidden = header.filter((_, i) => sheet.isColumnHiddenByUser(i + 1));
    expect(new Set(hidden)).toEqual(MACHINE_COLUMNS);
    expect(header.filter((h) => !MACHINE_COLUMNS.has(h))).toEqual(
      expect.arrayContaining(['Nomor', 'Status', 'Judul Kegiatan', 'Tanggal Kegiatan', 'Tautan Rapat']),
    );
  });
});

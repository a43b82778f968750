/**
 * Errors met in normal use land in the protected Log sheet (time, request, Google's or Zoom's
 * exact words, the Indonesian text people saw) and the next "Periksa pemasangan" carries them;
 * its report ("Salin laporan") names versions, zone and locale and the failed lines with the
 * exact words, and carries no email address, phone number, token or secret (scanned).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { validAnswers } from '../../fixtures/answers';
import { FAKE_ZOOM_CREDENTIALS } from '../../../dev/fake-zoom/server';
import { ADMIN, BANDUNG_TO_MEETING, OFFICE, walkSteps, type E2E } from '../world';
import { e2eWorld } from '../world';
import { officeIn } from '../zoom-office';
import { line, runCheck } from './kit';

const ID = 'VC-2026-0001';

/** Log rows after the header: [Kejadian, Nomor Permohonan, Pesan asli, Penjelasan]. */
const logRows = (e: E2E): string[][] =>
  e
    .sheet('Log')
    .slice(1)
    .map((r) => r.slice(1, 5).map(String));

describe('the Log sheet in normal use', () => {
  it("an effect that failed: Zoom's own words beside the Indonesian note the request shows", () => {
    const { e } = officeIn('Asia/Jakarta', { users: ['zoom2@kominfo.go.id'] });
    e.submit(validAnswers());
    walkSteps(e, ID, BANDUNG_TO_MEETING);
    expect(logRows(e)).toEqual([
      [
        'Efek: membuat rapat',
        ID,
        'HTTP 404, kode 1001: User does not exist: zoom1@kominfo.go.id.',
        expect.stringMatching(/^gagal, perlu diperbaiki: Akun host Zoom tidak ada di akun Zoom kantor/),
      ],
    ]);
  });

  it('an hourly job that failed: one row naming the job (not a second one for the whole run)', () => {
    const e = e2eWorld();
    e.ws.faults.inject('Form.getResponses', { kind: 'timeout', times: 1 });
    expect(() => e.app.call('runHourly')).toThrow(/Pemicu per jam: 1 tugas gagal/);
    expect(logRows(e)).toEqual([
      [
        'Pemicu per jam › Ambil jawaban formulir',
        '',
        'Timed out waiting for the service: Form.getResponses.',
        'Ambil jawaban formulir gagal: Timed out waiting for the service: Form.getResponses.',
      ],
    ]);
  });

  it('a command that threw: the request, Google’s words, and the answer the official saw', () => {
    const e = e2eWorld();
    e.submit(validAnswers());
    e.ws.faults.inject('SpreadsheetApp.openById', { kind: 'throw', times: 1 });
    e.as('kadis@kominfo.go.id');
    const answer = e.act(ID, 'disposisi');
    expect(answer.ok).toBe(false);
    expect(logRows(e)).toEqual([
      [
        'Perintah performAction',
        ID,
        "We're sorry, a server error occurred. Please wait a bit and try again.",
        answer.ok ? '' : answer.error,
      ],
    ]);
  });

  it('a trigger run that threw: logged under the trigger and rethrown', () => {
    const e = e2eWorld();
    e.ws.faults.inject('Spreadsheet.getEditors', { kind: 'timeout', times: 1 });
    expect(() => e.app.call('onEdit')).toThrow('Timed out waiting for the service: Spreadsheet.getEditors.');
    expect(logRows(e).map((r) => r.slice(0, 3))).toEqual([
      ['Suntingan sheet', '', 'Timed out waiting for the service: Spreadsheet.getEditors.'],
    ]);
  });
});

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE = /(\+62|\b62|\b0)[\s.-]?8\d{1,3}[\s.-]?\d{3,4}[\s.-]?\d{3,5}/;
const JWT = /eyJ[\w-]{10,}/;

describe('the report', () => {
  it('carries the real cause and the versions, but no email, phone number, token or secret', () => {
    const { e, zoom } = officeIn('Asia/Makassar', { users: ['zoom2@kominfo.go.id'] });
    e.submit(validAnswers());
    walkSteps(e, ID, BANDUNG_TO_MEETING);
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Log', range: 'A3:E3' }, [
      [
        e.ws.clock.now(),
        'Tangan',
        ID,
        `Pemohon ${'siti@contoh.id'} +62 812 3456 7890 token ${e.ws.identity.mint({ email: ADMIN, audience: 'x' })}`,
        '',
      ],
    ]);
    const dto = runCheck(e);
    expect(line(dto, 'log').ok).toBe(false);
    expect(line(dto, 'zoom').detail).toContain('zoom1@kominfo.go.id');
    const report = dto.report;
    expect(report).toMatch(/^Laporan Periksa pemasangan — Layanan Vicon\nWaktu: 23\/11\/2026 pukul 10\.00 WITA\n/);
    expect(report).toMatch(/\nVersi: panel 0\.1\.0\+[0-9a-f]{7,}, mesin 0\.1\.0\+[0-9a-f]{7,}\n/);
    expect(report).toContain('Zona kantor: WITA (Asia/Makassar); zona spreadsheet: Asia/Jakarta');
    expect(report).toContain('Lokal: spreadsheet en_US, pengguna id');
    expect(report).toContain('✗ Koneksi Zoom [zoom]');
    expect(report).toContain('Pesan asli: Efek: membuat rapat: HTTP 404, kode 1001: User does not exist: [email].');
    expect(report.indexOf('GAGAL')).toBeLessThan(report.indexOf('BERHASIL'));
    for (const pattern of [EMAIL, PHONE, JWT, /Bearer \w/, /08\d{8,}/])
      expect({ pattern: String(pattern), found: pattern.exec(report)?.[0] ?? null }).toEqual({
        pattern: String(pattern),
        found: null,
      });
    const cached = (store: Map<string, { value: string }>) => [...store.values()].map((v) => v.value);
    const tokens = [
      ...cached(e.product.engineProject.caches.script).filter((v) => v.length > 20 && !v.startsWith('{')),
      ...[...e.product.panelProject.caches.user.values()].flatMap(cached),
    ];
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    const shown = JSON.stringify(dto.lines);
    for (const secret of [...Object.values(FAKE_ZOOM_CREDENTIALS), ...tokens]) {
      expect(report).not.toContain(secret);
      expect(shown).not.toContain(secret);
    }
    expect(zoom.state.tokensIssued).toBeGreaterThan(0);
  });
});

describe('the README’s troubleshooting section', () => {
  it('names every line a check can show, by the id the report prints, with its usual cause', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const section = readme.split('### Pemecahan masalah: Periksa pemasangan')[1]?.split('\n### ')[0] ?? '';
    const ids = runCheck(e2eWorld()).lines.map((l) => l.id);
    expect(ids.length).toBeGreaterThan(15);
    const rows = section.split('\n').filter((r) => r.startsWith('| '));
    const cause = (id: string) =>
      rows
        .find((r) => r.includes(`[${id}]`))
        ?.split('|')[2]
        ?.trim() ?? '';
    const missing = [...ids, 'bagian-…'].filter((id) => cause(id).length < 10);
    expect(missing).toEqual([]);
  });
});

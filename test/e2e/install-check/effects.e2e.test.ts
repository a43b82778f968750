/**
 * The effect lines of "Periksa pemasangan" when something goes wrong half-way: the test meeting
 * at a WITA time on a Zoom that misplaces it, a PDF export that fails after the copy was made, a
 * Zoom read that fails after the meeting was made, an export endpoint that refuses, a probe
 * that throws. Each fails its own line with the exact words, the others still run, and what
 * was made before the failure is removed (the footprint is unchanged).
 */
import { writeSettingByHand } from '../../../dev/product';
import type { FakeHttpRequest } from '../../../dev/standin/http-types';
import { e2eWorld, type E2E } from '../world';
import { failedIds, footprint, line, runCheck } from './kit';

function inWita(): E2E {
  const e = e2eWorld();
  writeSettingByHand(e.product, 'Zona waktu', 'Asia/Makassar');
  e.app.call('onEdit');
  return e;
}

function checkLeavingNothing(e: E2E) {
  const before = footprint(e);
  const dto = runCheck(e);
  expect(footprint(e)).toEqual(before);
  return dto;
}

describe('Zoom at the office’s own time', () => {
  it('a WITA office: the test meeting for 10.00 WITA is stored at that instant, then deleted', () => {
    const e = inWita();
    const creates = () => e.zoom.state.calls.filter((c) => c.op === 'create').length;
    const dto = checkLeavingNothing(e);
    expect(line(dto, 'zoom-waktu')).toMatchObject({
      ok: true,
      title: 'Rapat Zoom pada jam WITA',
      detail: 'Rapat uji untuk 28/12/2027 pukul 10.00 WITA tersimpan di Zoom pada jam yang sama, lalu dihapus.',
    });
    expect(creates()).toBe(1);
  });

  it('a Zoom that reads the time as local wall time misplaces it by eight hours: the line says where it landed', () => {
    const e = inWita();
    e.ws.http.register('https://api.zoom.us/v2/users/', (req: FakeHttpRequest) => {
      if (req.method !== 'post') return e.zoom.handler(req);
      const body = JSON.parse(req.payload) as { start_time: string };
      return e.zoom.handler({
        ...req,
        payload: JSON.stringify({ ...body, start_time: body.start_time.replace(/Z$/, '') }),
      });
    });
    const dto = checkLeavingNothing(e);
    expect(failedIds(dto)).toEqual(['zoom-waktu']);
    expect(line(dto, 'zoom-waktu').detail).toBe(
      'Rapat uji untuk 28/12/2027 pukul 10.00 WITA tersimpan di Zoom pada 28/12/2027 pukul 02.00 WITA.',
    );
  });

  it('Zoom fails to answer the read-back: the meeting it made is still deleted', () => {
    const e = e2eWorld();
    e.zoom.fail({ on: 'get', kind: '5xx', status: 500, times: 10 });
    const dto = checkLeavingNothing(e);
    expect(failedIds(dto)).toEqual(['zoom-waktu']);
    expect(line(dto, 'zoom-waktu').detail).toBe('Rapat uji tidak dapat dibaca kembali.');
    expect(line(dto, 'zoom-waktu').raw[0]).toMatch(/^HTTP 500, 500 Internal Server Error/);
  });
});

describe('failures half-way are undone', () => {
  it('the PDF export fails after the template was copied: the copy is deleted, Google’s words kept', () => {
    const e = e2eWorld();
    e.ws.faults.inject('Document.getAs', { kind: 'throw', message: 'Exception: Service Documents failed.', times: 1 });
    const dto = checkLeavingNothing(e);
    expect(failedIds(dto)).toEqual(['surat']);
    expect(line(dto, 'surat')).toMatchObject({
      detail: 'Surat tidak dapat disimpan sebagai PDF.',
      raw: ['Exception: Service Documents failed.'],
    });
  });

  it('the Sheets export endpoint refuses the engine’s token: the code is shown, the temporary spreadsheet removed', () => {
    const e = e2eWorld();
    e.ws.http.register('https://docs.google.com/spreadsheets/d/', () => ({
      status: 403,
      headers: { 'Content-Type': 'text/html' },
      body: '<html><body><p>Access denied. Request had insufficient authentication scopes.</p></body></html>',
    }));
    const dto = checkLeavingNothing(e);
    expect(failedIds(dto)).toEqual(['ekspor']);
    expect(line(dto, 'ekspor')).toMatchObject({
      detail: 'Google menolak ekspor (kode 403).',
      raw: ['HTTP 403: Access denied. Request had insufficient authentication scopes.'],
    });
  });

  it('a calendar refuses the test event: that line fails, the other lines still run', () => {
    const e = e2eWorld();
    e.ws.faults.inject('Calendar.createEvent', { kind: 'throw', message: 'Action not allowed', times: 1 });
    const dto = checkLeavingNothing(e);
    expect(failedIds(dto)).toEqual(['kalender']);
    expect(line(dto, 'kalender').detail).toBe(
      '"Zoom Kominfo 1": tidak dapat diberi acara (akun layanan hanya boleh melihat).',
    );
  });

  it('a probe that throws stops only its own line, with the exact message', () => {
    const e = e2eWorld();
    e.ws.faults.inject('ScriptApp.getProjectTriggers', { kind: 'timeout' });
    const dto = runCheck(e);
    e.ws.faults.clear();
    expect(line(dto, 'pemicu')).toMatchObject({
      ok: false,
      detail: 'Pemeriksaan ini berhenti karena kesalahan.',
      raw: ['Timed out waiting for the service: ScriptApp.getProjectTriggers.'],
    });
    expect(dto.lines.filter((l) => l.id !== 'pemicu').every((l) => l.ok)).toBe(true);
    expect(dto.lines).toHaveLength(19);
  });
});

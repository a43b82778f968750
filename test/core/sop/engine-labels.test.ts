/**
 * What the engine tells the person clicking: the exact refusal sentences for a request the preset
 * cannot place or an action it does not know, how the actor is named in Riwayat, and which buttons
 * remain once the event has started.
 */
import { actionsFor, applyAction, canAct, enterStart } from '../../../src/core/sop/engine';
import type { ActionCommand } from '../../../src/core/sop/engine';
import { BANDUNG } from '../../../src/core/sop/presets';
import type { ActionInput, Preset } from '../../../src/core/sop/types';
import type { VcRequest } from '../../../src/core/request';
import { after, makeActor, makeRequest, T0 } from './fixtures';

function at(preset: Preset, stepId: string, overrides: Partial<VcRequest> = {}): VcRequest {
  return { ...enterStart(makeRequest(), preset, T0, true), stepId, version: 4, ...overrides };
}

function cmd(request: VcRequest, action: string, input: ActionInput = {}): ActionCommand {
  return { requestId: request.id, action, expectedVersion: request.version, input };
}

const later = after(T0, 30);

describe('refusal sentences', () => {
  test('a request of another preset names both presets', () => {
    const other = at(BANDUNG, 'disposisi_kadis', { presetId: '001-tarakan' });
    const reason = 'Permintaan ini memakai alur SOP "001-tarakan", bukan "000-bandung". Hubungi admin.';
    expect(canAct(other, BANDUNG, makeActor(['kadis']))).toEqual({ ok: false, reason });
    expect(applyAction(other, BANDUNG, cmd(other, 'disposisi'), makeActor(['kadis']), later)).toEqual({
      ok: false,
      code: 'broken_preset',
      reason,
    });
  });

  test('a request at a step the preset lacks names the step and the preset', () => {
    const lost = at(BANDUNG, 'langkah_hilang');
    expect(applyAction(lost, BANDUNG, cmd(lost, 'disposisi'), makeActor(['kadis']), later)).toEqual({
      ok: false,
      code: 'broken_preset',
      reason:
        'Langkah "langkah_hilang" tidak ada di alur SOP Kota Bandung — Pengajuan Pembuatan Link Zoom Meeting. Hubungi admin.',
    });
  });

  test('an action no step of the preset has is named as typed', () => {
    const r = at(BANDUNG, 'disposisi_kadis');
    expect(applyAction(r, BANDUNG, cmd(r, 'terbang'), makeActor(['kadis']), later)).toEqual({
      ok: false,
      code: 'unknown_action',
      reason: 'Tindakan "terbang" tidak dikenal dalam alur SOP ini.',
    });
  });
});

describe('how the actor is named', () => {
  test('by the name without surrounding spaces, or by the email when the name is blank', () => {
    const r = at(BANDUNG, 'disposisi_kadis');
    const padded = makeActor(['kadis'], { name: '  Yayan Sopian ', email: 'yayan@kominfo.go.id' });
    expect(canAct(r, BANDUNG, padded)).toEqual({ ok: true, asLabel: 'Yayan Sopian' });
    const blank = makeActor(['kadis'], { name: '   ', email: 'yayan@kominfo.go.id' });
    expect(applyAction(r, BANDUNG, cmd(r, 'disposisi'), blank, later)).toMatchObject({
      ok: true,
      history: { actorLabel: 'yayan@kominfo.go.id' },
    });
  });

  test("an admin who holds the step's role cancels there by name, not as Admin", () => {
    const r = at(BANDUNG, 'izin_subkoor');
    const sari = makeActor(['subkoor'], { name: 'Sari', isAdmin: true });
    const out = applyAction(r, BANDUNG, cmd(r, 'batalkan', { note: 'Acara ditiadakan.' }), sari, later);
    expect(out).toMatchObject({ ok: true, request: { stepId: 'dibatalkan' }, history: { actorLabel: 'Sari' } });
  });
});

describe('buttons around the start of the event', () => {
  // Bandung's pendampingan lists "selesai", "ubah_jadwal" and "batalkan"; the event starts 08:30 WIB.
  const r = at(BANDUNG, 'pendampingan', { eventDate: '2026-03-02', startTime: '08:30', endTime: '10:00' });
  const operator = makeActor(['operator']);

  test('before the start every button of the step is offered, the cancel included', () => {
    const now = new Date('2026-03-02T01:29:00Z');
    expect(actionsFor(r, BANDUNG, operator, { now, zone: 'Asia/Jakarta' }).map((a) => a.id)).toEqual([
      'selesai',
      'ubah_jadwal',
      'batalkan',
    ]);
  });

  test('from the start only the cancel is withdrawn', () => {
    const now = new Date('2026-03-02T01:30:00Z');
    expect(actionsFor(r, BANDUNG, operator, { now, zone: 'Asia/Jakarta' }).map((a) => a.id)).toEqual([
      'selesai',
      'ubah_jadwal',
    ]);
  });
});

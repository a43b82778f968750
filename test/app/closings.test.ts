import { finishingTooEarly } from '../../src/app/closings';
import { presetById } from '../../src/core/sop/presets';
import { roundTheClock } from '../../src/core/working-time';
import type { ActionDef } from '../../src/core/sop/types';
import { makeRequest } from '../core/sop/fixtures';

const CAL = roundTheClock('Asia/Jakarta');
/** The event: 30 November 2026, 09:00–11:00 WIB (02:00–04:00 UTC). */
const request = makeRequest({ eventDate: '2026-11-30', startTime: '09:00', endTime: '11:00' });

function action(presetId: string, id: string): ActionDef {
  const found = presetById(presetId)!
    .steps.flatMap((s) => s.actions)
    .find((a) => a.id === id);
  if (!found) throw new Error(`aksi ${id} tidak ada di ${presetId}`);
  return found;
}

describe('finishingTooEarly: the question a closing asks before the meeting has happened', () => {
  const before = new Date('2026-11-30T03:59:00Z');
  const after = new Date('2026-11-30T04:00:00Z');

  it.each([
    ['000-bandung', 'selesai'],
    ['002-singkawang', 'unggah_laporan'],
    ['004-demak', 'unggah_dokumentasi'],
  ])('%s "%s" marks the event done: asked until the event ends, not after', (presetId, id) => {
    expect(finishingTooEarly(request, action(presetId, id), before, CAL)).toMatch(/belum selesai menurut jadwalnya/);
    expect(finishingTooEarly(request, action(presetId, id), after, CAL)).toBe('');
  });

  it.each([
    ['003-tangerang', 'buat_link'],
    ['001-tarakan', 'kirim_surat'],
  ])('%s "%s" ends the SOP by sending the link, always before the event: never asked', (presetId, id) => {
    expect(finishingTooEarly(request, action(presetId, id), before, CAL)).toBe('');
    expect(finishingTooEarly(request, action(presetId, id), new Date('2026-11-23T02:00:00Z'), CAL)).toBe('');
  });

  it('an action that does not close never asks', () => {
    expect(finishingTooEarly(request, action('000-bandung', 'disposisi'), before, CAL)).toBe('');
  });
});

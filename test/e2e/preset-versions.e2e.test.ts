/**
 * Preset versions on the built bundle (issue 16 §1, item 10): a request keeps the version of its
 * SOP it started with until it ends; editing the office's own copy changes only new requests.
 */
import { ADMIN, OFFICE, ok, type E2E } from './world';
import { writeSettingByHand } from '../../dev/product';
import { cell, click, mainPath, PRESET_IDS, sopWorld, stepsOnPath, submitFor } from './sop-kit';

const EVENT = '2026-12-30';

/** The admin copies the active SOP into "Alur SOP" and the office switches to it. */
function useOwnCopy(e: E2E): void {
  e.as(ADMIN);
  e.app.call('menuCopyPreset');
  writeSettingByHand(e.product, 'Alur SOP', 'kustom');
}

/** The office account edits, in "Alur SOP", step `stepId`'s Mutu Baku and the label of its first action. */
function editStep(e: E2E, stepId: string, minutes: string, label: string): void {
  const rows = e.sheet('Alur SOP');
  const header = rows.findIndex((r) => r[0] === 'ID Langkah');
  const at = rows.findIndex((r, i) => i > header && r[0] === stepId && r[1] !== '');
  e.ws.acl.manualEdit(OFFICE, { sheet: 'Alur SOP', range: `D${at + 1}` }, [[`'${minutes}`]]);
  e.ws.acl.manualEdit(OFFICE, { sheet: 'Alur SOP', range: `H${at + 1}` }, [[label]]);
}

describe.each(PRESET_IDS)('%s copied and edited while a request runs', (presetId) => {
  it('the running request keeps its version to the end; a new one takes the edit', () => {
    const e = sopWorld(presetId, new Date('2026-11-23T09:00:00+07:00'));
    useOwnCopy(e);
    const path = mainPath(presetId, EVENT);
    const second = stepsOnPath(presetId)[1];
    const role = path[1][0];
    const running = submitFor(e, EVENT);
    click(e, running, path.slice(0, 1));
    editStep(e, second, '45', 'Langkah yang sudah diubah');
    const fresh = submitFor(e, EVENT, {
      'Judul kegiatan': 'Rapat sesudah perubahan',
      'Jam mulai': '13:00',
      'Jam selesai': '14:00',
    });
    click(e, fresh, path.slice(0, 1));
    const [kept, edited] = [cell(e, running, 'Alur SOP'), cell(e, fresh, 'Alur SOP')];
    expect(kept).toMatch(/^kustom@\d+$/);
    expect(edited).toMatch(/^kustom@\d+$/);
    expect(edited).not.toBe(kept);
    e.as(`${role}@kominfo.go.id`);
    expect(ok(e.detail(running)).actions[0].label).not.toBe('Langkah yang sudah diubah');
    expect(ok(e.detail(fresh)).actions[0].label).toBe('Langkah yang sudah diubah');
    const tasks = ok(e.state()).tasks;
    expect(tasks.find((t) => t.id === fresh)?.minutesLeft).toBe(45);
    expect(tasks.find((t) => t.id === running)?.minutesLeft).not.toBe(45);
    click(e, running, path.slice(1));
    expect(cell(e, running, 'Status')).toBe('Selesai');
    const versions = e
      .sheet('Versi Alur SOP')
      .slice(1)
      .map((r) => r[0]);
    expect(versions).toEqual(expect.arrayContaining([kept, edited]));
  });
});

/**
 * The H-1 reminder at its boundary, for every SOP, on the built bundle (issue 16 §1, item 4b): it
 * goes out on the day before the event (not at 23:59 two days before), once, and never hands out a
 * link before the SOP's own step that sends it (Tarakan: with the Kadis's Surat Tanggapan).
 */
import { presetById } from '../../src/core/sop/presets';
import { cell, click, mainPath, PRESET_IDS, setLocal, sopWorld, submitFor, type PresetId } from './sop-kit';
import type { E2E } from './world';

const EVENT = '2026-12-03';
const H1 = '2026-12-02';
const H2 = '2026-12-01';
const APPLICANT = 'siti@disdik.go.id';
const OFFSET: Record<PresetId, string> = {
  '000-bandung': '+07:00',
  '001-tarakan': '+08:00',
  '002-singkawang': '+07:00',
  '003-tangerang': '+07:00',
  '004-demak': '+07:00',
};

/** Index in the main path of the click whose action sends the link (a send_link effect). */
function linkClick(presetId: PresetId): number {
  const preset = presetById(presetId)!;
  const sends = new Set(
    preset.steps
      .flatMap((s) => s.actions)
      .filter((a) => a.effects.some((f) => f.kind === 'send_link'))
      .map((a) => a.id),
  );
  return mainPath(presetId, EVENT).findIndex(([, action]) => sends.has(action));
}

const reminders = (e: E2E, id: string) =>
  e.ws.mail.outbox.filter(
    (m) => m.to.includes(APPLICANT) && /Pengingat: kegiatan besok/.test(m.subject) && m.body.includes(id),
  );

/** Mails to the applicant that carry `url`, with when they left. */
const carrying = (e: E2E, url: string) =>
  e.ws.mail.outbox.filter((m) => m.to.includes(APPLICANT) && url !== '' && m.body.includes(url));

describe.each(PRESET_IDS)('%s: the H-1 reminder', (presetId) => {
  const offset = OFFSET[presetId];
  const path = mainPath(presetId, EVENT);
  const at = linkClick(presetId);
  const hourly = (e: E2E, local: string) => {
    setLocal(e, local, offset);
    e.app.call('runHourly');
  };

  it('goes out on H-1 from 00:00, once, only for a request whose link the SOP has sent', () => {
    expect(at).toBeGreaterThanOrEqual(0);
    const e = sopWorld(presetId, new Date(`2026-11-30T09:00:00${offset}`));
    const waiting = submitFor(e, EVENT);
    const linked = submitFor(e, EVENT, {
      'Judul kegiatan': 'Rapat kedua',
      'Jam mulai': '13:00',
      'Jam selesai': '14:00',
    });
    click(e, waiting, path.slice(0, at));
    click(e, linked, path.slice(0, at + 1));
    hourly(e, `${H2}T23:59:00`);
    expect(reminders(e, linked)).toHaveLength(0);
    hourly(e, `${H1}T00:00:00`);
    hourly(e, `${H1}T10:00:00`);
    expect(reminders(e, linked)).toHaveLength(1);
    expect(reminders(e, linked)[0].body).toContain(String(cell(e, linked, 'Tautan Rapat')));
    expect(reminders(e, waiting)).toHaveLength(0);
  });

  it('never carries a link before the step that sends it; that step is the first mail with it', () => {
    const e = sopWorld(presetId, new Date(`2026-11-30T09:00:00${offset}`));
    const id = submitFor(e, EVENT);
    click(e, id, path.slice(0, at));
    hourly(e, `${H1}T08:00:00`);
    const early = String(cell(e, id, 'Tautan Rapat'));
    expect(carrying(e, early)).toEqual([]);
    expect(reminders(e, id)).toHaveLength(0);
    setLocal(e, `${H1}T09:00:00`, offset);
    click(e, id, [path[at]]);
    const url = String(cell(e, id, 'Tautan Rapat'));
    expect(url).toMatch(/^https:\/\//);
    const sent = carrying(e, url);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).not.toMatch(/Pengingat/);
  });
});

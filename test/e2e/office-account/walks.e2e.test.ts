/**
 * Issue 14, "Tests": every preset walked end to end on the built bundles, each step clicked by
 * its own official in their own panel; the engine does the work as the office account. What
 * the office ends up with must all be the office account's: the calendars booked, the meeting,
 * every mail (sent from it, under the office's name), every letter, PDF and folder, every
 * trigger. No execution running as an official writes a sheet, and the panel project writes
 * nothing at all.
 */
import { ID, meetingsOf, rowOf } from '../../proof/kit';
import { ADMIN, OFFICE } from '../world';
import { SHEET_WRITE } from './ledger';
import { bookings, driveItems, runWalk, WALKS, writesByOthers } from './office-kit';

const OFFICE_NAME = 'Dinas Komunikasi dan Informatika';

describe.each(WALKS)('$presetId walked by its own officials', (walk) => {
  const { e, calls, clickers } = runWalk(walk);
  const engine = e.product.engineProject.id;
  const panel = e.product.panelProject.id;

  it('reaches Selesai, every step clicked by a different identity per role', () => {
    expect(rowOf(e)['Status']).toBe('Selesai');
    expect(new Set(clickers).size).toBe(new Set(walk.clicks.map((c) => c.role)).size);
    const panelRuns = e.ws.executions.filter((x) => x.project === panel && x.fn === 'performAction');
    expect(panelRuns.map((x) => x.effective)).toEqual(clickers);
    const engineRuns = e.ws.executions.filter((x) => x.project === engine);
    expect(new Set(engineRuns.map((x) => x.effective))).toEqual(new Set([OFFICE]));
  });

  it("books only the office account's resource calendars, and the meeting is made", () => {
    const booked = bookings(e);
    expect(booked.length).toBeGreaterThan(0);
    if (walk.answers['Perlu ruang rapat'] === 'Ya')
      expect(booked.map((b) => b.calendar)).toContain('Layanan Vicon — Ruang Rapat Utama');
    expect(new Set(booked.map((b) => b.owner))).toEqual(new Set([OFFICE]));
    expect(booked.map((b) => b.calendar)).toContain('Layanan Vicon — Zoom Kominfo 1');
    if (walk.meeting === 'zoom') {
      expect(meetingsOf(e)).toHaveLength(1);
      expect(String(rowOf(e)['ID Rapat'])).toBe(meetingsOf(e)[0]);
    } else {
      expect(booked.filter((b) => b.meet)).toHaveLength(1);
      expect(meetingsOf(e)).toEqual([]);
      expect(String(rowOf(e)['Tautan Rapat'])).toMatch(/^https:\/\/meet\.google\.com\//);
    }
  });

  it('sends every mail from the office account, under the office’s name', () => {
    const outbox = e.ws.mail.outbox;
    expect(outbox.length).toBeGreaterThan(walk.clicks.length / 2);
    expect(outbox.filter((m) => m.from !== OFFICE)).toEqual([]);
    expect(new Set(outbox.map((m) => m.name))).toEqual(new Set([`Layanan Vicon ${OFFICE_NAME}`]));
    expect(outbox.some((m) => m.to.includes('siti@disdik.go.id'))).toBe(true);
  });

  it("keeps every letter, PDF, upload and folder in the office account's Drive; nothing is an official's", () => {
    const items = driveItems(e);
    expect(items.filter((i) => i.owner !== OFFICE)).toEqual([]);
    for (const name of walk.files) expect(items.map((i) => i.name)).toContainEqual(expect.stringMatching(name));
    const forms = e.ws.forms.all();
    expect(forms.map((f) => f.acl.owner)).toEqual([OFFICE]);
  });

  it('holds exactly one trigger of each kind, all the office account’s, in the engine', () => {
    const triggers = e.ws.triggers();
    expect(triggers.map((t) => t.handler).sort()).toEqual(['onFpvcSubmit', 'onSheetEdit', 'runHourly']);
    expect(new Set(triggers.map((t) => `${t.owner} ${t.project}`))).toEqual(new Set([`${OFFICE} ${engine}`]));
  });

  it('no official’s execution writes a sheet, and the panel project writes nothing', () => {
    const engineWrites = new Set(
      calls.filter((c) => c.project === engine && SHEET_WRITE.test(c.key)).map((c) => c.sheet),
    );
    expect([...engineWrites]).toEqual(expect.arrayContaining(['Register', 'Riwayat']));
    expect(writesByOthers(calls)).toEqual([]);
    expect(calls.filter((c) => c.project === panel && SHEET_WRITE.test(c.key)).map((c) => c.key)).toEqual([]);
    const officials = new Set([...clickers, ADMIN]);
    const theirs = calls.filter((c) => officials.has(c.effective));
    expect(theirs.length).toBeGreaterThan(0);
    expect(new Set(theirs.map((c) => c.project))).toEqual(new Set([panel]));
    expect(calls.filter((c) => c.project === engine && c.effective !== OFFICE)).toEqual([]);
    expect(e.locks.leaked).toBe(0);
    expect(ID).toBe(String(rowOf(e)['Nomor']));
  });
});

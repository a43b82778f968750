/**
 * A Tarakan request held on Google Meet (no passcode) gets its approval letter signed, numbered and
 * mailed on the built bundle: the letter says the meeting needs no passcode instead of waiting for one.
 */
import { docText } from '../../dev/standin/docs';
import { MIME } from '../../dev/standin/drive';
import { ID, mailOf, ok, rowOf, TARAKAN_WALK, walkAt } from '../proof/kit';

describe('Tarakan on Google Meet', () => {
  it('the approval letter is signed and sent, with "Kode Sandi: tidak ada"', () => {
    const e = walkAt('001-tarakan', TARAKAN_WALK, 0, { Platform: 'Google Meet' });
    for (const s of TARAKAN_WALK) {
      e.as(mailOf(s.who));
      ok(e.act(ID, s.action, s.input ?? {}));
    }
    const row = rowOf(e);
    expect(String(row['Tautan Rapat'])).toMatch(/^https:\/\/meet\.google\.com\//);
    expect([row.Status, row['Efek Tertunda']]).toEqual(['Selesai', '']);
    const doc = [...e.ws.drive.items.values()].find(
      (i) => !i.trashed && i.mimeType === MIME.doc && i.name.includes(ID),
    )!;
    const letter = docText(e.ws.drive, doc.id)!;
    expect(letter).toContain('Platform\t: Google Meet');
    expect(letter).toContain('Kode Sandi\t: tidak ada');
    const sent = e.ws.mail.outbox.filter((m) => /Surat balasan/.test(m.subject));
    expect(sent).toHaveLength(1);
  });
});

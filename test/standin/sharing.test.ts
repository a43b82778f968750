/**
 * Ownership and sharing: what another user's private spreadsheet, form, Drive item, Doc
 * or calendar looks like, in Google's words, and what a viewer may not do.
 */
import { as, gas, thrown } from './helpers';

const OFFICE = 'layanan@diskominfo.example.go.id';
const BUDI = 'budi@diskominfo.example.go.id';

function world() {
  return gas({ activeUser: OFFICE, effectiveUser: OFFICE });
}

describe('spreadsheets', () => {
  it("another user's spreadsheet cannot be opened until shared; a viewer reads but cannot write", () => {
    const g = world();
    const ss = g.SpreadsheetApp.create('Register');
    const id = ss.getId();
    expect(as(g.ws, BUDI, () => thrown(() => g.SpreadsheetApp.openById(id)).message)).toBe(
      'You do not have permission to access the requested document.',
    );
    g.ws.acl.share(id, BUDI, 'viewer');
    ss.getSheets()[0].getRange('A1').setValue('data');
    as(g.ws, BUDI, () => {
      const mine = g.SpreadsheetApp.openById(id).getSheets()[0];
      expect(mine.getRange('A1').getValue()).toBe('data');
      expect(thrown(() => mine.getRange('A1').setValue('x')).message).toBe(
        'You do not have permission to perform that action.',
      );
      expect(thrown(() => mine.appendRow(['x'])).message).toBe('You do not have permission to perform that action.');
    });
    ss.addEditor(BUDI);
    as(g.ws, BUDI, () => g.SpreadsheetApp.openById(id).getSheets()[0].getRange('A1').setValue('budi'));
    expect(ss.getSheets()[0].getRange('A1').getValue()).toBe('budi');
    expect(ss.getOwner()!.getEmail()).toBe(OFFICE);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([BUDI]);
    expect(ss.getViewers()).toEqual([]);
  });

  it('the active spreadsheet belongs to the workspace user; a stranger cannot even open it', () => {
    const g = world();
    expect(g.ws.acl.ownerOf(g.ws.spreadsheet.id)).toBe(OFFICE);
    expect(as(g.ws, BUDI, () => thrown(() => g.SpreadsheetApp.getActiveSpreadsheet()).message)).toBe(
      'You do not have permission to access the requested document.',
    );
  });
});

describe('forms', () => {
  it("FormApp opens another user's form only for its editors", () => {
    const g = world();
    const form = g.FormApp.create('FPVC');
    expect(as(g.ws, BUDI, () => thrown(() => g.FormApp.openById(form.getId())).message)).toBe(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
    form.addEditor(BUDI);
    expect(as(g.ws, BUDI, () => g.FormApp.openById(form.getId()).getTitle())).toBe('FPVC');
    expect(form.getEditors().map((u) => u.getEmail())).toEqual([BUDI]);
  });
});

describe('Drive', () => {
  it('each user has their own My Drive: a folder of the same name is found only by its owner', () => {
    const g = world();
    const office = g.DriveApp.createFolder('Layanan Vicon').getId();
    const budi = as(g.ws, BUDI, () => g.DriveApp.createFolder('Layanan Vicon').getId());
    const found = (who: string) =>
      as(g.ws, who, () => {
        const it = g.DriveApp.getFoldersByName('Layanan Vicon');
        const ids: string[] = [];
        while (it.hasNext()) ids.push(it.next().getId());
        return ids;
      });
    expect(found(OFFICE)).toEqual([office]);
    expect(found(BUDI)).toEqual([budi]);
    expect(g.DriveApp.getRootFolder().getId()).not.toBe(as(g.ws, BUDI, () => g.DriveApp.getRootFolder().getId()));
    expect(as(g.ws, BUDI, () => thrown(() => g.DriveApp.getFolderById(office)).message)).toBe(
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    );
  });

  it('sharing a folder shares what it holds; a viewer may look but not add, rename or trash', () => {
    const g = world();
    const folder = g.DriveApp.createFolder('Surat');
    const file = folder.createFile(g.Utilities.newBlob('isi', 'text/plain', 'a.txt'));
    g.ws.acl.share(folder.getId(), BUDI, 'viewer');
    as(g.ws, BUDI, () => {
      const seen = g.DriveApp.getFileById(file.getId());
      expect(seen.getBlob().getDataAsString()).toBe('isi');
      expect(thrown(() => seen.setName('b.txt')).message).toBe('Access denied: DriveApp.');
      const f = g.DriveApp.getFolderById(folder.getId());
      expect(thrown(() => f.createFile(g.Utilities.newBlob('x', 'text/plain', 'x.txt'))).message).toBe(
        'Access denied: DriveApp.',
      );
      expect(thrown(() => f.addEditor(BUDI)).message).toBe('Access denied: DriveApp.');
      expect(f.getEditors()).toEqual([]);
    });
    folder.addEditor(BUDI);
    as(g.ws, BUDI, () => {
      g.DriveApp.getFileById(file.getId()).setName('b.txt');
      expect(thrown(() => g.DriveApp.getFileById(file.getId()).setTrashed(true)).message).toBe(
        'Access denied: DriveApp.',
      );
    });
    expect(file.getName()).toBe('b.txt');
    expect(file.getOwner().getEmail()).toBe(OFFICE);
  });

  it("makeCopy of someone else's file lands in the copier's My Drive, owned by them", () => {
    const g = world();
    const file = g.DriveApp.createFile(g.Utilities.newBlob('templat', 'text/plain', 't.txt'));
    g.ws.acl.share(file.getId(), BUDI, 'viewer');
    const copy = as(g.ws, BUDI, () => g.DriveApp.getFileById(file.getId()).makeCopy('salinan'));
    expect(g.ws.acl.ownerOf(copy.getId())).toBe(BUDI);
    expect(as(g.ws, BUDI, () => copy.getParents().next().getId())).toBe(
      as(g.ws, BUDI, () => g.DriveApp.getRootFolder().getId()),
    );
  });
});

describe('Docs', () => {
  it("another user's Doc is missing; a viewer opens it but every edit is refused", () => {
    const g = world();
    const doc = g.DocumentApp.create('Surat');
    doc.getBody().setText('Nomor');
    doc.saveAndClose();
    const id = doc.getId();
    expect(as(g.ws, BUDI, () => thrown(() => g.DocumentApp.openById(id)).message)).toBe(
      `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
    );
    g.ws.acl.share(id, BUDI, 'viewer');
    as(g.ws, BUDI, () => {
      const mine = g.DocumentApp.openById(id);
      expect(mine.getBody().getText()).toBe('Nomor');
      expect(thrown(() => mine.getBody().setText('x')).message).toBe('Action not allowed');
      expect(thrown(() => mine.setName('x')).message).toBe('Action not allowed');
    });
    g.ws.acl.share(id, BUDI, 'editor');
    as(g.ws, BUDI, () => g.DocumentApp.openById(id).getBody().appendParagraph('oleh Budi'));
  });

  it('a Doc exports its saved text as a PDF through DocumentApp alone', () => {
    const g = world();
    const doc = g.DocumentApp.create('Surat Balasan');
    doc.getBody().setText('Yth. Bapak');
    doc.saveAndClose();
    const pdf = g.DocumentApp.openById(doc.getId()).getAs('application/pdf');
    expect(pdf.getName()).toBe('Surat Balasan.pdf');
    expect(Buffer.from(pdf.getBytes()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('calendars', () => {
  const start = new Date('2026-12-01T01:00:00Z');
  const end = new Date('2026-12-01T02:00:00Z');
  const event = { summary: 'Rapat', start: { dateTime: start.toISOString() }, end: { dateTime: end.toISOString() } };

  it("another user's calendar is null in CalendarApp and Not Found in the Calendar API", () => {
    const g = world();
    const cal = g.CalendarApp.createCalendar('Ruang Rapat');
    as(g.ws, BUDI, () => {
      expect(g.CalendarApp.getCalendarById(cal.getId())).toBeNull();
      const e = thrown(() => g.Calendar.Events.insert(event, cal.getId()));
      expect(e.message).toBe('API call to calendar.events.insert failed with error: Not Found');
      expect(e.details?.code).toBe(404);
      expect(g.CalendarApp.getDefaultCalendar().getId()).toBe(BUDI);
    });
  });

  it('a calendar shared to see details is read-only; shared to make changes accepts events', () => {
    const g = world();
    const cal = g.CalendarApp.createCalendar('Zoom 1');
    cal.createEvent('Ada', start, end);
    g.ws.acl.share(cal.getId(), BUDI, 'viewer');
    as(g.ws, BUDI, () => {
      const seen = g.CalendarApp.getCalendarById(cal.getId())!;
      expect(seen.getEvents(start, end).map((e) => e.getTitle())).toEqual(['Ada']);
      expect(seen.isOwnedByMe()).toBe(false);
      expect(thrown(() => seen.createEvent('x', start, end)).message).toBe('Action not allowed');
      expect(thrown(() => seen.getEvents(start, end)[0].setTitle('y')).message).toBe('Action not allowed');
      const e = thrown(() => g.Calendar.Events.insert(event, cal.getId()));
      expect(e.message).toBe(
        'API call to calendar.events.insert failed with error: You need to have writer access to this calendar.',
      );
      expect(e.details?.code).toBe(403);
    });
    g.ws.acl.share(cal.getId(), BUDI, 'editor');
    as(g.ws, BUDI, () => {
      expect(g.Calendar.Events.insert(event, cal.getId()).summary).toBe('Rapat');
      expect(thrown(() => g.CalendarApp.getCalendarById(cal.getId())!.setName('z')).message).toBe('Action not allowed');
      expect(g.CalendarApp.getAllCalendars().map((c) => c.getId())).toEqual([BUDI, cal.getId()]);
      expect(g.CalendarApp.getAllOwnedCalendars().map((c) => c.getId())).toEqual([BUDI]);
    });
  });
});

it('ws.acl.share names an unknown id in Indonesian', () => {
  expect(() => world().ws.acl.share('nope', BUDI, 'viewer')).toThrow('Tidak ada spreadsheet, formulir');
});

/**
 * Sheet and range protections enforced per user, as the Protection reference describes
 * them: mirror the spreadsheet until the editor list changes, owner always allowed,
 * removeEditors keeps the owner and the current user, warning-only blocks no script.
 */
import { as, gas, thrown } from './helpers';

const OFFICE = 'layanan@diskominfo.example.go.id';
const BUDI = 'budi@diskominfo.example.go.id';
const SARI = 'sari@diskominfo.example.go.id';
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The office owns the spreadsheet; Budi and Sari edit it; 'Register' holds two rows. */
function world() {
  const g = gas({ activeUser: OFFICE, effectiveUser: OFFICE });
  const book = g.SpreadsheetApp.getActiveSpreadsheet();
  book.addEditors([BUDI, SARI]);
  const sheet = book.insertSheet('Register');
  sheet.getRange('A1:B2').setValues([
    ['b', 2],
    ['a', 1],
  ]);
  const asBudi = <T>(fn: (s: Sheet) => T): T => as(g.ws, BUDI, () => fn(book.getSheetByName('Register')!));
  return { g, book, sheet, asBudi };
}

/** Google's own sample: protect, keep only me (and the owner). */
function lockDown(p: GoogleAppsScript.Spreadsheet.Protection, me: string): void {
  p.addEditor(me);
  p.removeEditors(p.getEditors());
}

const WRITES: Array<[string, (s: Sheet) => unknown]> = [
  ['Range.setValues', (s) => s.getRange('A1:B1').setValues([['x', 'y']])],
  ['Range.setValue', (s) => s.getRange('A1').setValue('x')],
  ['Range.setFormula', (s) => s.getRange('C1').setFormula('=1+1')],
  ['Range.setFormulas', (s) => s.getRange('C1').setFormulas([['=1']])],
  ['Range.setNote', (s) => s.getRange('A1').setNote('n')],
  ['Range.setNotes', (s) => s.getRange('A1').setNotes([['n']])],
  ['Range.setNumberFormat', (s) => s.getRange('B1').setNumberFormat('0.00')],
  ['Range.setNumberFormats', (s) => s.getRange('B1').setNumberFormats([['0.00']])],
  ['Range.clearContent', (s) => s.getRange('A1').clearContent()],
  ['Range.clear', (s) => s.getRange('A1').clear()],
  ['Range.sort', (s) => s.getRange('A1:B2').sort(1)],
  ['Range.setBackground', (s) => s.getRange('A1').setBackground('#ff0000')],
  ['Range.setDataValidation', (s) => s.getRange('A1').setDataValidation(null)],
  ['Sheet.appendRow', (s) => s.appendRow(['c', 3])],
  ['Sheet.insertRowsAfter', (s) => s.insertRowsAfter(1, 1)],
  ['Sheet.deleteRow', (s) => s.deleteRow(2)],
  ['Sheet.clear', (s) => s.clear()],
  ['Sheet.clearContents', (s) => s.clearContents()],
  ['Sheet.setName', (s) => s.setName('Lain')],
  ['Sheet.hideSheet', (s) => s.hideSheet()],
  ['Sheet.setFrozenRows', (s) => s.setFrozenRows(1)],
  ['Sheet.setColumnWidth', (s) => s.setColumnWidth(1, 50)],
  ['Spreadsheet.deleteSheet', (s) => s.getParent().deleteSheet(s)],
];

describe('a protected sheet', () => {
  it.each(WRITES)('%s by an editor who is not an editor of the protection throws Google’s error', (_name, write) => {
    const { sheet, asBudi } = world();
    lockDown(sheet.protect(), OFFICE);
    expect(asBudi(() => thrown(() => write(sheet)).message)).toBe(PROTECTED);
  });

  it.each(WRITES)('%s by the owner still works', (_name, write) => {
    const { sheet } = world();
    lockDown(sheet.protect(), OFFICE);
    expect(() => write(sheet)).not.toThrow();
  });

  it('protects nothing until its editors change (it mirrors the spreadsheet)', () => {
    const { sheet, asBudi } = world();
    sheet.protect().setDescription('baru');
    asBudi((s) => s.getRange('A1').setValue('boleh'));
    expect(sheet.getRange('A1').getValue()).toBe('boleh');
  });

  it('a warning-only protection blocks no script', () => {
    const { sheet, asBudi } = world();
    const p = sheet.protect().setWarningOnly(true);
    expect(() => p.addEditor(SARI)).toThrow('You cannot add editors to a protected range that is set to warning only.');
    asBudi((s) => s.appendRow(['c', 3]));
    expect(sheet.getLastRow()).toBe(3);
  });

  it('keeps its unprotected ranges open to every editor', () => {
    const { sheet, asBudi } = world();
    const p = sheet.protect();
    lockDown(p, OFFICE);
    p.setUnprotectedRanges([sheet.getRange('D1:D5')]);
    asBudi((s) => s.getRange('D2').setValue('bebas'));
    expect(asBudi((s) => thrown(() => s.getRange('C1:D1').setValues([['x', 'y']])).message)).toBe(PROTECTED);
  });

  it('covers rows added after it was made', () => {
    const { sheet, asBudi } = world();
    lockDown(sheet.protect(), OFFICE);
    sheet.insertRowsAfter(1000, 5);
    expect(asBudi((s) => thrown(() => s.getRange(1004, 1).setValue('x')).message)).toBe(PROTECTED);
  });
});

describe('who edits a protection', () => {
  it("starts as the spreadsheet's owner and editors; removeEditors keeps the owner and the current user", () => {
    const { g, sheet, book } = world();
    const emails = (p: GoogleAppsScript.Spreadsheet.Protection) => p.getEditors().map((u) => u.getEmail());
    expect(emails(sheet.protect())).toEqual([OFFICE, BUDI, SARI]);
    const kept = as(g.ws, SARI, () => {
      const q = book.getSheetByName('Register')!.getRange('A1').protect();
      q.removeEditors([OFFICE, SARI, BUDI]);
      return emails(q);
    });
    expect(kept).toEqual([OFFICE, SARI]);
  });

  it('canEdit answers for the current user; a non-editor cannot read, change or remove it', () => {
    const { g, sheet, asBudi } = world();
    const p = sheet.protect();
    lockDown(p, OFFICE);
    p.addEditor(SARI);
    expect(p.canEdit()).toBe(true);
    expect(as(g.ws, SARI, () => sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)[0].canEdit())).toBe(true);
    const mine = asBudi((s) => s.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)[0]);
    asBudi(() => {
      expect(mine.canEdit()).toBe(false);
      expect(thrown(() => mine.getEditors()).message).toBe(PROTECTED);
      expect(thrown(() => mine.remove()).message).toBe(PROTECTED);
      expect(thrown(() => mine.setWarningOnly(true)).message).toBe(PROTECTED);
      expect(thrown(() => mine.addEditor(BUDI)).message).toBe(PROTECTED);
    });
    as(g.ws, SARI, () => mine.remove());
    asBudi((s) => s.getRange('A1').setValue('lepas'));
  });

  it('domain edit lets everyone in the owner’s domain who edits the spreadsheet through', () => {
    const { sheet, asBudi } = world();
    const p = sheet.protect();
    lockDown(p, OFFICE);
    p.setDomainEdit(true);
    expect(p.canDomainEdit()).toBe(true);
    asBudi((s) => s.getRange('A1').setValue('domain'));
  });
});

describe('a protected range', () => {
  it('refuses only cells it covers, and moves with rows inserted above it', () => {
    const { g, sheet, asBudi } = world();
    lockDown(sheet.getRange('A2:B3').protect(), OFFICE);
    asBudi((s) => s.getRange('A1').setValue('atas'));
    expect(asBudi((s) => thrown(() => s.getRange('A1:A2').setValues([['x'], ['y']])).message)).toBe(PROTECTED);
    sheet.insertRowsBefore(1, 2);
    asBudi((s) => s.getRange('A2').setValue('bebas'));
    expect(asBudi((s) => thrown(() => s.getRange('B4').setValue('x')).message)).toBe(PROTECTED);
    expect(asBudi((s) => thrown(() => s.insertRowsAfter(4, 1)).message)).toBe(PROTECTED);
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A4:B5');
  });
});

describe('a manual edit in the Sheets UI (ws.acl.manualEdit)', () => {
  it('is refused exactly like a script, and lands when allowed', () => {
    const { g, sheet } = world();
    lockDown(sheet.getRange('A1:A2').protect(), OFFICE);
    const edit = (user: string, range: string) => () =>
      g.ws.acl.manualEdit(user, { sheet: 'Register', range }, [['Ya']]);
    expect(thrown(edit(BUDI, 'A1')).message).toBe(PROTECTED);
    edit(BUDI, 'C1')();
    expect(sheet.getRange('C1').getValue()).toBe('Ya');
    g.ws.acl.share(g.ws.spreadsheet.id, 'tamu@example.com', 'viewer');
    expect(thrown(edit('tamu@example.com', 'C1')).message).toBe('You do not have permission to perform that action.');
    expect(thrown(edit('orang@example.com', 'C1')).message).toBe(
      'You do not have permission to access the requested document.',
    );
    edit(OFFICE, 'A1')();
    expect(sheet.getRange('A1').getValue()).toBe('Ya');
  });
});

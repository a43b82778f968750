import { createWorkspace } from '../../dev/standin';
import { gas } from './helpers';

function buildForm(g: ReturnType<typeof gas>): GoogleAppsScript.Forms.Form {
  const form = g.FormApp.create('FPVC').setCollectEmail(true).setAllowResponseEdits(true);
  form.addTextItem().setTitle('Nama').setRequired(true);
  form.addTextItem().setTitle('Nomor WhatsApp');
  form.addDateItem().setTitle('Tanggal kegiatan');
  form.addTimeItem().setTitle('Jam mulai');
  form.addMultipleChoiceItem().setTitle('Platform').setChoiceValues(['Zoom', 'Meet']);
  form.addCheckboxItem().setTitle('Kebutuhan').setChoiceValues(['Ruang', 'Operator', 'Rekaman']);
  form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.SpreadsheetApp.getActive().getId());
  return form;
}

const ANSWERS = {
  Nama: '=HYPERLINK("x")',
  'Nomor WhatsApp': '0812345',
  'Tanggal kegiatan': '2025-02-03',
  'Jam mulai': '09:30',
  Platform: 'Zoom',
  Kebutuhan: ['Ruang', 'Rekaman'],
};

describe('FormApp and form submissions', () => {
  it('setDestination creates "Form Responses 1" with the header; a submit appends a row like Forms', () => {
    const g = gas();
    const form = buildForm(g);
    expect(g.ws.spreadsheet.sheetNames()).toEqual(['Form Responses 1', 'Sheet1']);
    g.ws.runner.setHandlerInvoker(() => undefined);
    g.ws.submitForm(form.getId(), ANSWERS, { respondentEmail: 'siti@disdik.go.id' });
    const sheet = g.ws.spreadsheet.sheetByName('Form Responses 1')!;
    const [header, row] = sheet.values;
    expect(header).toEqual([
      'Timestamp',
      'Email Address',
      'Nama',
      'Nomor WhatsApp',
      'Tanggal kegiatan',
      'Jam mulai',
      'Platform',
      'Kebutuhan',
    ]);
    expect(row[0]).toEqual(g.ws.clock.now());
    expect(row.slice(1, 4)).toEqual(['siti@disdik.go.id', '=HYPERLINK("x")', 812345]);
    expect((row[4] as Date).toISOString()).toBe('2025-02-02T17:00:00.000Z');
    expect(row[5]).toBeInstanceOf(Date);
    expect(row.slice(6)).toEqual(['Zoom', 'Ruang, Rekaman']);
    expect(sheet.formulas.flat().filter((f) => f !== '')).toEqual([]);
    expect(sheet.frozenRows).toBe(1);
  });

  it('fires Forms and Sheets onFormSubmit triggers with the real event shapes', () => {
    const g = gas();
    const form = buildForm(g);
    g.ScriptApp.newTrigger('fromForm').forForm(form).onFormSubmit().create();
    g.ScriptApp.newTrigger('fromSheet').forSpreadsheet(g.SpreadsheetApp.getActive()).onFormSubmit().create();
    const events: Record<string, any> = {};
    g.ws.runner.setHandlerInvoker((name, e) => {
      events[name] = e;
    });
    g.ws.clock.set(new Date('2025-01-06T03:04:05Z'));
    g.ws.submitForm(form.getId(), ANSWERS, { respondentEmail: 'siti@disdik.go.id' });
    const f = events.fromForm;
    expect(f.authMode).toBe('FULL');
    expect(f.source.getId()).toBe(form.getId());
    expect(f.response.getRespondentEmail()).toBe('siti@disdik.go.id');
    const answers = f.response
      .getItemResponses()
      .map((r: GoogleAppsScript.Forms.ItemResponse) => [r.getItem().getTitle(), r.getResponse()]);
    expect(answers).toEqual(Object.entries(ANSWERS));
    const s = events.fromSheet;
    expect(s.values).toEqual([
      '1/6/2025 10:04:05',
      'siti@disdik.go.id',
      '=HYPERLINK("x")',
      '0812345',
      '2025-02-03',
      '09:30',
      'Zoom',
      'Ruang, Rekaman',
    ]);
    expect(s.namedValues['Nomor WhatsApp']).toEqual(['0812345']);
    expect(s.range.getA1Notation()).toBe('A2:H2');
    expect(typeof s.triggerUid).toBe('string');
  });

  it('checks answers against the form: required items, choices, date and time formats', () => {
    const g = gas();
    const form = buildForm(g);
    const id = form.getId();
    expect(() => g.ws.submitForm(id, { Platform: 'Zoom' }, { respondentEmail: 'a@b.c' })).toThrow(/wajib "Nama"/);
    expect(() => g.ws.submitForm(id, { ...ANSWERS, Platform: 'Teams' }, { respondentEmail: 'a@b.c' })).toThrow(/Teams/);
    expect(() =>
      g.ws.submitForm(id, { ...ANSWERS, 'Tanggal kegiatan': '3/2/2025' }, { respondentEmail: 'a@b.c' }),
    ).toThrow(/YYYY-MM-DD/);
    expect(() => g.ws.submitForm(id, ANSWERS)).toThrow(/respondentEmail/);
  });

  it('an edited response rewrites its own row and fires the triggers again', () => {
    const g = gas();
    const form = buildForm(g);
    g.ScriptApp.newTrigger('h').forForm(form).onFormSubmit().create();
    const calls: string[] = [];
    g.ws.runner.setHandlerInvoker((_n, e: any) => {
      calls.push(e.response.getItemResponses()[0].getResponse());
    });
    const r = g.ws.submitForm(form.getId(), { ...ANSWERS, Nama: 'Siti' }, { respondentEmail: 'a@b.c' });
    g.ws.forms.editResponse(r.getId(), { Nama: 'Siti Rahma' });
    expect(calls).toEqual(['Siti', 'Siti Rahma']);
    const values = g.ws.spreadsheet.sheetByName('Form Responses 1')!.values;
    expect(values.map((v) => v[2])).toEqual(['Nama', 'Siti Rahma']);
    expect(form.getResponses()).toHaveLength(1);
  });

  it('generic items from getItems only expose Item methods until cast', () => {
    const g = gas();
    const form = buildForm(g);
    const item = form.getItems()[4];
    expect((item as any).setChoiceValues).toBeUndefined();
    expect(
      item
        .asMultipleChoiceItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Zoom', 'Meet']);
    expect(() => item.asTextItem()).toThrow(/can't be cast/);
    expect(String(item.getType())).toBe('MULTIPLE_CHOICE');
  });
});

describe('Sheet.getFormUrl', () => {
  it('names the form on its responses sheet only (null elsewhere), as Sheets does', () => {
    const ws = createWorkspace();
    const g = ws.globals as any;
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const form = g.FormApp.create('FPVC');
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    const urls = ss.getSheets().map((s: any) => [s.getName(), s.getFormUrl()]);
    expect(urls).toEqual([
      ['Form Responses 1', `https://docs.google.com/forms/d/${form.getId()}/viewform`],
      ['Sheet1', null],
    ]);
  });
});

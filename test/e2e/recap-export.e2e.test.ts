import { extractPdfText } from '../../dev/standin/pdf';
import { validAnswers } from '../fixtures/answers';
import { ADMIN, e2eWorld } from './world';

describe('Rekap export on the built bundle', () => {
  it('saves the month as .xlsx and PDF in the reports folder; exporting again replaces, never duplicates', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Bimtek <SPBE> & Satu Data' }));
    e.as(ADMIN);
    e.app.call('menuExportRecap');
    e.app.call('menuExportRecap');
    expect(e.ws.ui.shown.at(-1)).toMatch(/Rekap November 2026 disimpan[\s\S]*XLSX: https:\/\/[\s\S]*PDF: https:\/\//);
    const live = [...e.ws.drive.items.values()].filter((i) => !i.trashed);
    const folder = live.find((i) => i.name === 'Laporan')!;
    const files = live
      .filter((i) => i.parents.includes(folder.id))
      .map((i) => i.name)
      .sort();
    expect(files).toEqual(['Rekap November 2026.pdf', 'Rekap November 2026.xlsx']);
    const xlsx = Buffer.from(live.find((i) => i.name.endsWith('.xlsx'))!.bytes!);
    expect(xlsx.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(xlsx.toString('utf8')).toContain('<t>Bimtek &lt;SPBE&gt; &amp; Satu Data</t>');
    const pdf = extractPdfText(live.find((i) => i.name.endsWith('.pdf'))!.bytes!);
    expect(pdf).toContain('VC-2026-0002');
  });
});

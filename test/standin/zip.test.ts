/** The stand-in's ZIP writer and reader: what the fake Sheets export writes, a test can open again. */
import { readZip, zipStored } from '../../dev/standin/zip';

/** Made by Python's zipfile with ZIP_DEFLATED (as Google's own .xlsx files are deflated), not by our writer. */
const DEFLATED =
  'UEsDBBQAAAAIAB1Tfl13ORKpKAAAALkBAAAPAAAAeGwvd29ya2Jvb2sueG1ssynPL8pOys/PtrMpzkhNLVHIS8xNtVUKSs1OLFDSHxUcZIL68OgCAFBLAwQUAAAACAAdU35dYhiqiAkAAAATAAAABQAAAGEudHh0y0jMyVfIQCEAUEsBAhQDFAAAAAgAHVN+XXc5EqkoAAAAuQEAAA8AAAAAAAAAAAAAAIABAAAAAHhsL3dvcmtib29rLnhtbFBLAQIUAxQAAAAIAB1Tfl1iGKqICQAAABMAAAAFAAAAAAAAAAAAAACAAVUAAABhLnR4dFBLBQYAAAAAAgACAHAAAACBAAAAAAA=';

describe('readZip', () => {
  it('reads back every entry zipStored wrote, UTF-8 names and text intact', () => {
    const zip = zipStored([
      ['[Content_Types].xml', '<Types/>'],
      ['xl/worksheets/sheet1.xml', '<t>Bimtek — Satu Data &amp; SPBE</t>'],
    ]);
    const entries = readZip(zip);
    expect([...entries.keys()]).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    expect(entries.get('xl/worksheets/sheet1.xml')!.toString('utf8')).toBe('<t>Bimtek — Satu Data &amp; SPBE</t>');
  });

  it('inflates deflated entries written by another tool', () => {
    const entries = readZip(Buffer.from(DEFLATED, 'base64'));
    expect(entries.get('a.txt')!.toString('utf8')).toBe('halo halo halo halo');
    expect(entries.get('xl/workbook.xml')!.toString('utf8')).toBe(
      `<workbook>${'<sheet name="Rekap"/>'.repeat(20)}</workbook>`,
    );
  });

  it('refuses what is not a ZIP, and an entry whose bytes no longer match its CRC', () => {
    expect(() => readZip(Buffer.from('bukan zip'))).toThrow('Bukan arsip ZIP');
    const zip = zipStored([['a.txt', 'halo']]);
    zip[zip.indexOf('halo')] = 'j'.charCodeAt(0);
    expect(() => readZip(zip)).toThrow('CRC a.txt tidak cocok');
  });
});

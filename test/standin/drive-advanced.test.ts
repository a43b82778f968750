/**
 * The advanced Drive service (v3) as a drive.file project uses it, and what drive.file
 * hides: files another project made are "File not found" until opened with this one.
 */
import { DRIVE_FILE_SCOPE, DRIVE_SCOPE } from '../../dev/standin/acl';
import { as, gas, thrown } from './helpers';

const OFFICE = 'layanan@diskominfo.example.go.id';
const BUDI = 'budi@diskominfo.example.go.id';
const FOLDER = 'application/vnd.google-apps.folder';
const ENGINE = { id: 'engine', scopes: [DRIVE_FILE_SCOPE] };
/** Scripts pass null for "no new content" before optional arguments. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

function world() {
  const g = gas({ activeUser: OFFICE, effectiveUser: OFFICE });
  g.ws.acl.setProject(ENGINE);
  const blob = (text: string, name: string, type = 'text/plain') => g.Utilities.newBlob(text, type, name);
  return { g, Files: g.Drive.Files, blob };
}

describe('Drive.Files', () => {
  it('creates folders and files in them, and answers with the default fields or the ones asked for', () => {
    const { Files, blob } = world();
    const folder = Files.create({ name: 'Layanan Vicon', mimeType: FOLDER });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const file = Files.create({ name: 'a.txt', parents: [folder.id!] }, blob('halo', 'x.txt'), {
      fields: 'id,name,parents,size,mimeType',
    });
    expect(file).toEqual({ id: file.id, name: 'a.txt', parents: [folder.id], size: '4', mimeType: 'text/plain' });
    expect(Files.get(file.id!, { alt: 'media' })).toBe('halo');
    expect(Files.get(file.id!, { fields: 'name,trashed' })).toEqual({ name: 'a.txt', trashed: false });
    expect(thrown(() => Files.create({ name: 'x' }, 'bukan blob' as never)).message).toBe(
      'The mediaData parameter only supports Blob types for upload.',
    );
  });

  it('copies a Doc with its saved text into another folder; a Doc cannot be downloaded as media', () => {
    const { g, Files } = world();
    const doc = g.DocumentApp.create('Templat');
    doc.getBody().setText('Yth. {{nama}}');
    doc.saveAndClose();
    const out = Files.create({ name: 'Surat', mimeType: FOLDER });
    const copy = Files.copy({ name: 'Surat 1', parents: [out.id!] }, doc.getId(), { fields: 'id,parents' });
    expect(copy.parents).toEqual([out.id]);
    expect(g.DocumentApp.openById(copy.id!).getBody().getText()).toBe('Yth. {{nama}}');
    const e = thrown(() => Files.get(doc.getId(), { alt: 'media' }));
    expect(e.message).toBe(
      'API call to drive.files.get failed with error: Only files with binary content can be downloaded. Use Export with Docs Editors files.',
    );
  });

  it('renames, moves with addParents/removeParents (never parents), and only the owner trashes', () => {
    const { g, Files, blob } = world();
    const a = Files.create({ name: 'A', mimeType: FOLDER });
    const b = Files.create({ name: 'B', mimeType: FOLDER });
    const f = Files.create({ name: 'f.txt', parents: [a.id!] }, blob('x', 'f.txt'));
    const moved = Files.update({ name: 'g.txt' }, f.id!, NO_MEDIA, {
      addParents: b.id,
      removeParents: a.id,
      fields: 'name,parents',
    });
    expect(moved).toEqual({ name: 'g.txt', parents: [b.id] });
    expect(thrown(() => Files.update({ parents: [a.id!] }, f.id!)).message).toBe(
      'API call to drive.files.update failed with error: The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
    );
    g.ws.acl.share(b.id!, BUDI, 'editor');
    const e = as(g.ws, BUDI, () => thrown(() => Files.update({ trashed: true }, f.id!)));
    expect([e.message, e.details?.code]).toEqual([
      'API call to drive.files.update failed with error: The user does not have sufficient permissions for this file.',
      403,
    ]);
    expect(Files.update({ trashed: true }, f.id!, NO_MEDIA, { fields: 'trashed' })).toEqual({ trashed: true });
  });

  it('lists by name, parent, trashed, mimeType and appProperties, with fields; refuses a query it cannot read', () => {
    const { Files, blob } = world();
    const dir = Files.create({ name: 'Laporan', mimeType: FOLDER });
    const keep = Files.create(
      { name: 'Rekap.xlsx', parents: [dir.id!], appProperties: { bulan: '2026-11' } },
      blob('x', 'r.xlsx'),
    );
    const old = Files.create({ name: 'Rekap.xlsx', parents: [dir.id!] }, blob('y', 'r.xlsx'));
    Files.update({ trashed: true }, old.id!);
    const ids = (q: string) => Files.list({ q, fields: 'files(id)' }).files!.map((f) => f.id);
    expect(ids(`name = 'Rekap.xlsx' and '${dir.id}' in parents and trashed = false`)).toEqual([keep.id]);
    expect(ids(`mimeType = '${FOLDER}'`)).toEqual([dir.id]);
    expect(ids(`appProperties has { key='bulan' and value='2026-11' }`)).toEqual([keep.id]);
    expect(ids(`name contains 'Rekap' and trashed = true`)).toEqual([old.id]);
    expect(Files.list({ q: "'root' in parents", fields: 'files(name)' })).toEqual({ files: [{ name: 'Laporan' }] });
    expect(thrown(() => Files.list({ q: "name = 'a' or name = 'b'" })).message).toBe(
      'API call to drive.files.list failed with error: Invalid Value',
    );
  });

  it('remove deletes for good what the user owns, a folder with its descendants', () => {
    const { g, Files, blob } = world();
    const dir = Files.create({ name: 'Sementara', mimeType: FOLDER });
    const f = Files.create({ name: 'f', parents: [dir.id!] }, blob('x', 'f'));
    g.ws.acl.share(dir.id!, BUDI, 'editor');
    expect(as(g.ws, BUDI, () => thrown(() => Files.remove(dir.id!)).details?.code)).toBe(403);
    Files.remove(dir.id!);
    expect(thrown(() => Files.get(f.id!)).message).toBe(
      `API call to drive.files.get failed with error: File not found: ${f.id}.`,
    );
  });
});

describe('Drive.Files links and spreadsheets', () => {
  it('webViewLink opens a folder in Drive, a Doc in Docs, any other file in Drive’s viewer', () => {
    const { g, Files, blob } = world();
    const link = (id: string) => Files.get(id, { fields: 'webViewLink' }).webViewLink;
    const dir = Files.create({ name: 'Layanan Vicon', mimeType: FOLDER });
    const doc = g.DocumentApp.create('Templat');
    const pdf = Files.create({ name: 'a.pdf' }, blob('%PDF', 'a.pdf', 'application/pdf'));
    expect(link(dir.id!)).toBe(`https://drive.google.com/drive/folders/${dir.id}`);
    expect(link(doc.getId())).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    expect(link(pdf.id!)).toBe(`https://drive.google.com/file/d/${pdf.id}/view?usp=drivesdk`);
  });

  it('remove deletes a spreadsheet this project made; another project’s or another user’s stays', () => {
    const { g, Files } = world();
    const temp = g.SpreadsheetApp.create('Rekap sementara').getId();
    Files.remove(temp);
    expect(g.ws.ctx.spreadsheets.has(temp)).toBe(false);
    g.ws.acl.setProject({ id: 'panel', scopes: [DRIVE_FILE_SCOPE] });
    const theirs = g.SpreadsheetApp.create('Milik panel').getId();
    g.ws.acl.setProject(ENGINE);
    expect(thrown(() => Files.remove(theirs)).message).toBe(
      `API call to drive.files.delete failed with error: File not found: ${theirs}.`,
    );
    const budis = as(g.ws, BUDI, () => g.SpreadsheetApp.create('Milik Budi').getId());
    g.ws.acl.share(budis, OFFICE, 'editor');
    g.ws.acl.openWithApp(budis, ENGINE.id);
    expect(thrown(() => Files.remove(budis)).details?.code).toBe(403);
    expect([theirs, budis].map((id) => g.ws.ctx.spreadsheets.has(id))).toEqual([true, true]);
  });
});

describe('drive.file', () => {
  it('another project’s file is File not found until opened with this project; the drive scope sees it', () => {
    const { g, Files, blob } = world();
    g.ws.acl.setProject({ id: 'panel', scopes: [DRIVE_FILE_SCOPE] });
    const theirs = Files.create({ name: 'templat.txt' }, blob('x', 't.txt'));
    g.ws.acl.setProject(ENGINE);
    const e = thrown(() => Files.get(theirs.id!));
    expect([e.name, e.message, e.details?.code]).toEqual([
      'GoogleJsonResponseException',
      `API call to drive.files.get failed with error: File not found: ${theirs.id}.`,
      404,
    ]);
    expect(Files.list({ q: "name = 'templat.txt'" }).files).toEqual([]);
    g.ws.acl.openWithApp(theirs.id!, ENGINE.id);
    expect(Files.get(theirs.id!).name).toBe('templat.txt');
    g.ws.acl.setProject({ id: 'admin-tool', scopes: [DRIVE_SCOPE] });
    expect(Files.list({ q: "name = 'templat.txt'" }).files).toHaveLength(1);
  });

  it('Docs this project made with DocumentApp are its own; another user’s file stays hidden even with drive', () => {
    const { g, Files, blob } = world();
    const doc = g.DocumentApp.create('Surat');
    expect(Files.get(doc.getId()).mimeType).toBe('application/vnd.google-apps.document');
    const budi = as(g.ws, BUDI, () => Files.create({ name: 'pribadi' }, blob('x', 'p')));
    g.ws.acl.setProject({ id: 'admin-tool', scopes: [DRIVE_SCOPE] });
    expect(thrown(() => Files.get(budi.id!)).details?.code).toBe(404);
  });

  it('Permissions.create shares a file the project made and refuses one it cannot see', () => {
    const { g, Files, blob } = world();
    const mine = Files.create({ name: 'a' }, blob('x', 'a'));
    g.Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: BUDI }, mine.id!);
    expect(as(g.ws, BUDI, () => g.DriveApp.getFileById(mine.id!).getName())).toBe('a');
    g.ws.acl.setProject({ id: 'panel', scopes: [DRIVE_FILE_SCOPE] });
    expect(
      thrown(() => g.Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: BUDI }, mine.id!)).message,
    ).toBe(`API call to drive.permissions.create failed with error: File not found: ${mine.id}.`);
  });
});

describe('GET https://www.googleapis.com/drive/v3/files/ID?alt=media through UrlFetchApp', () => {
  const download = (g: ReturnType<typeof world>['g'], id: string, token = g.ScriptApp.getOAuthToken()) =>
    g.UrlFetchApp.fetch(`https://www.googleapis.com/drive/v3/files/${id}?alt=media`, {
      headers: { Authorization: `Bearer ${token}` },
      muteHttpExceptions: true,
    });

  it('downloads the bytes of a file the project made, byte-exact, as a blob to attach', () => {
    const { g, Files } = world();
    const bytes = [0x25, 0x50, 0x44, 0x46, 0xff, 0x00, 0x80];
    const pdf = Files.create({ name: 'surat.pdf' }, g.Utilities.newBlob(bytes, 'application/pdf', 'surat.pdf'));
    const res = download(g, pdf.id!);
    expect(res.getResponseCode()).toBe(200);
    expect(Array.from(res.getBlob().getBytes(), (b) => b & 0xff)).toEqual(bytes);
    expect(res.getBlob().getContentType()).toBe('application/pdf');
  });

  it("answers Google's JSON errors: unknown token 401, another project's file 404, a Doc 403", () => {
    const { g, Files, blob } = world();
    const mine = Files.create({ name: 'a' }, blob('x', 'a'));
    expect(download(g, mine.id!, 'ya29.palsu').getResponseCode()).toBe(401);
    g.ws.acl.setProject({ id: 'panel', scopes: [DRIVE_FILE_SCOPE] });
    const res = download(g, mine.id!);
    expect([res.getResponseCode(), JSON.parse(res.getContentText()).error.message]).toEqual([
      404,
      `File not found: ${mine.id}.`,
    ]);
    g.ws.acl.setProject(ENGINE);
    expect(download(g, g.DocumentApp.create('Surat').getId()).getResponseCode()).toBe(403);
  });
});

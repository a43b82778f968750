/**
 * The actions of a step on the phone (app/phone-view.ts stepActions): one form per action with the
 * fields the sidebar would ask, posting to the page itself; file uploads are left to the panel.
 */
import { stepActions } from '../../src/app/phone-view';
import { action, detail } from './fakes-phone-view';

const target = { selfUrl: 'https://x/exec?v=1', hidden: { p: 'langkah', t: 'tok"en' } };
const open = (x: string) =>
  '<form method="post" action="https://x/exec?v=1" target="_top">' +
  '<input type="hidden" name="p" value="langkah"><input type="hidden" name="t" value="tok&quot;en">' +
  `<input type="hidden" name="a" value="aksi"><input type="hidden" name="x" value="${x}">`;
const optionalNote = (n: number) =>
  `<label for="f${n}-nt">Catatan (boleh kosong)</label><textarea id="f${n}-nt" name="note" rows="3" maxlength="1000"></textarea>`;
const requiredNote = (n: number) =>
  `<label for="f${n}-nt">Alasan (wajib)</label><textarea id="f${n}-nt" name="note" rows="3" maxlength="1000" required></textarea>`;

describe('stepActions', () => {
  it('with no action for the official, says so', () => {
    expect(stepActions(detail({ actions: [] }), target)).toBe('<p>Tidak ada tindakan untuk Anda pada langkah ini.</p>');
  });

  it('one form per action, in order: a plain one with an optional note, a refusal in red with a required reason', () => {
    const d = detail({
      actions: [
        action({ id: 'setuju', label: 'Setujui <cepat>' }),
        action({ id: 'tolak', label: 'Tolak', negative: true }),
        action({ id: 'kembali', label: 'Kembalikan', requires: ['note'] }),
      ],
    });
    expect(stepActions(d, target)).toBe(
      `${open('setuju')}${optionalNote(0)}<button type="submit">Setujui &lt;cepat&gt;</button></form>` +
        `${open('tolak')}${requiredNote(1)}<button type="submit" class="secondary">Tolak</button></form>` +
        `${open('kembali')}${requiredNote(2)}<button type="submit">Kembalikan</button></form>`,
    );
  });

  it('asks for an operator among those offered, by name (or address when nameless), escaped', () => {
    const d = detail({
      actions: [action({ id: 'tugaskan', label: 'Tugaskan', requires: ['operator'] })],
      operators: [
        { email: 'op1@kominfo.go.id', name: 'Budi <Operator>' },
        { email: 'op2@kominfo.go.id', name: '' },
      ],
    });
    expect(stepActions(d, target)).toBe(
      `${open('tugaskan')}<label for="f0-op">Operator</label><select id="f0-op" name="operator" required>` +
        '<option value="">— pilih operator —</option>' +
        '<option value="op1@kominfo.go.id">Budi &lt;Operator&gt;</option>' +
        '<option value="op2@kominfo.go.id">op2@kominfo.go.id</option></select>' +
        `${optionalNote(0)}<button type="submit">Tugaskan</button></form>`,
    );
  });

  it('asks for an alternative time, a SRIKANDI number, a connection test time and a link, each required', () => {
    const d = detail({
      actions: [
        action({ id: 'a', label: 'A', requires: ['alternative'] }),
        action({ id: 'b', label: 'B', requires: ['srikandi_number', 'test_time', 'link'] }),
      ],
    });
    expect(stepActions(d, target)).toBe(
      `${open('a')}` +
        '<label for="f0-ad">Tanggal alternatif</label><input id="f0-ad" name="altDate" type="date" required>' +
        '<label for="f0-as">Jam mulai alternatif</label><input id="f0-as" name="altStart" type="time" required>' +
        '<label for="f0-ae">Jam selesai alternatif</label><input id="f0-ae" name="altEnd" type="time" required>' +
        `${optionalNote(0)}<button type="submit">A</button></form>` +
        `${open('b')}` +
        '<label for="f1-sn">Nomor SRIKANDI</label><input id="f1-sn" name="srikandiNumber" type="text" required>' +
        '<label for="f1-td">Tanggal uji koneksi</label><input id="f1-td" name="testDate" type="date" required>' +
        '<label for="f1-tt">Jam uji koneksi</label><input id="f1-tt" name="testTime" type="time" required>' +
        '<label for="f1-ln">Tautan rapat</label><input id="f1-ln" name="link" type="url" required>' +
        `${optionalNote(1)}<button type="submit">B</button></form>`,
    );
  });

  it('leaves actions that need files (documentation, host) to the panel, and still offers the others', () => {
    const d = detail({
      actions: [
        action({ id: 'dok', label: 'Unggah dokumentasi', requires: ['documentation'] }),
        action({ id: 'akun', label: 'Pilih akun <Zoom>', requires: ['note', 'host'] }),
        action({ id: 'setuju', label: 'Setujui' }),
      ],
    });
    expect(stepActions(d, target)).toBe(
      '<p>Unggah dokumentasi: isiannya diunggah dari panel di spreadsheet.</p>' +
        '<p>Pilih akun &lt;Zoom&gt;: isiannya diunggah dari panel di spreadsheet.</p>' +
        `${open('setuju')}${optionalNote(2)}<button type="submit">Setujui</button></form>`,
    );
  });
});

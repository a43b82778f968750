/**
 * The playground without a browser: the operation log replays to the same world,
 * a broken state file is refused in Indonesian, and what the page renders from the
 * world (cells, mail) is escaped.
 */
import * as fs from 'fs';
import { createSession } from '../../dev/playground/session';
import { initialState, loadState, saveState } from '../../dev/playground/state';
import { renderSheet } from '../../dev/playground/views/sheets';
import { renderOutbox } from '../../dev/playground/views/outbox';
import { statusLinks, throughPlayground } from '../../dev/playground/views/status';
import { validAnswers } from '../fixtures/answers';
import { withoutEmail } from '../e2e/world';
import { tempStateFile } from './playground-walk';

const SEED_TIMEOUT_MS = 240000;
/** Meeting passcodes come from Utilities.getUuid (random, as in Apps Script): the only cells a replay may change. */
const RANDOM_COLUMNS = ['Tautan Rapat', 'Kode Sandi'];

function withoutRandom(rows: unknown[][]): unknown[][] {
  const skip = RANDOM_COLUMNS.map((c) => rows[0].indexOf(c));
  return rows.map((r) => r.map((v, i) => (skip.includes(i) ? '' : v)));
}

describe('playground state and replay', () => {
  test(
    "an applicant's answer on their status page (served by the built engine through /mesin) is kept and replayed",
    () => {
      const file = tempStateFile();
      const first = createSession(file);
      const { value } = first.perform({
        kind: 'submit',
        email: 'siti@disdik.go.id',
        answers: withoutEmail(validAnswers({ 'Tanggal kegiatan': '2026-12-04' })),
      });
      const id = String(value);
      const link = statusLinks(first.world.e.ws.mail.outbox, first.world.engineUrl).find((l) => l.id === id)!;
      const page = first.world.page(link.query);
      expect(page.status).toBe(200);
      const html = throughPlayground(page.html, first.world.engineUrl);
      expect(html).toContain(id);
      expect(html).not.toContain('script.google.com');
      const form = /<form method="post" action="\/mesin[^"]*"[^>]*>(.*?)<\/form>/g;
      const cancel = [...html.matchAll(form)].map((m) => m[1]).find((f) => f.includes('value="batal"'))!;
      const body = new URLSearchParams(
        [...cancel.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
      );
      body.set('alasan', 'Kegiatan ditunda.');
      first.perform({ kind: 'page', query: '', body: body.toString() });
      const status = () => first.world.e.column('Status')[first.world.e.column('Nomor').indexOf(id)];
      expect(status()).toBe('Dibatalkan');
      expect(loadState(file).ops.map((op) => op.kind)).toEqual(['submit', 'page']);
      const second = createSession(file);
      expect(second.world.e.column('Status')[second.world.e.column('Nomor').indexOf(id)]).toBe('Dibatalkan');
    },
    SEED_TIMEOUT_MS,
  );

  test(
    'operations are logged and replayed to the same register after a restart; reset forgets them',
    () => {
      const file = tempStateFile();
      const first = createSession(file);
      const before = first.world.e.column('Nomor').length;
      const submitted = first.perform({
        kind: 'submit',
        email: 'siti@disdik.go.id',
        answers: withoutEmail(validAnswers({ 'Tanggal kegiatan': '2026-12-03' })),
      });
      const id = String(submitted.value);
      first.setActor('kadis@kominfo.go.id');
      const acted = first.invoke('getRequestDetail', [id]) as { ok: true; value: { version: number } };
      first.invoke('performAction', [
        { requestId: id, action: 'disposisi', expectedVersion: acted.value.version, input: {} },
      ]);
      first.perform({ kind: 'advance', ms: 3600000 });
      expect(loadState(file).ops.map((op) => op.kind)).toEqual(['submit', 'call', 'advance']);

      const second = createSession(file);
      expect(withoutRandom(second.world.e.sheet('Register'))).toEqual(withoutRandom(first.world.e.sheet('Register')));
      expect(second.world.e.column('Tautan Rapat').filter(String)).toHaveLength(
        first.world.e.column('Tautan Rapat').filter(String).length,
      );
      expect(second.world.e.ws.clock.now()).toEqual(first.world.e.ws.clock.now());
      expect(second.world.e.column('Status')[before]).toBe('Menunggu Disposisi Kepala Bidang');
      second.reset();
      expect(fs.existsSync(file)).toBe(false);
      expect(second.world.e.column('Nomor')).toHaveLength(before);
    },
    SEED_TIMEOUT_MS,
  );

  test(
    'each official the page acts as runs the real panel as themselves, the engine as the office account; all mail is the office’s',
    () => {
      const session = createSession(tempStateFile());
      const { e, roleUsers } = session.world;
      const office = e.product.office;
      for (const { email } of roleUsers) {
        session.setActor(email);
        const state = session.invoke('getSidebarState', []) as { ok: true; value: { me: { email: string } } };
        expect(state.value.me.email).toBe(email);
      }
      const id = String(e.column('Nomor').find((_n, i) => e.column('Langkah')[i] === 'disposisi_kadis'));
      session.setActor('kadis@kominfo.go.id');
      const seen = session.invoke('getRequestDetail', [id]) as { ok: true; value: { version: number } };
      const from = e.ws.executions.length;
      session.invoke('performAction', [
        { requestId: id, action: 'disposisi', expectedVersion: seen.value.version, input: {} },
      ]);
      const runs = e.ws.executions
        .slice(from)
        .map((x) => `${x.project === e.product.engineProject.id ? 'mesin' : 'panel'} ${x.effective}`);
      expect(runs).toEqual(['panel kadis@kominfo.go.id', `mesin ${office}`]);
      expect(e.ws.mail.outbox.length).toBeGreaterThan(10);
      expect(e.ws.mail.outbox.filter((m) => m.from !== office)).toEqual([]);
    },
    SEED_TIMEOUT_MS,
  );

  test('a state file that is not a playground state is refused with an Indonesian message', () => {
    const file = tempStateFile();
    fs.writeFileSync(file, '{ rusak');
    expect(() => loadState(file)).toThrow(/Berkas keadaan .* rusak .*Hapus berkas itu/);
    saveState(file, { ...initialState(), ops: [{ kind: 'advance', ms: -5 }] });
    expect(() => loadState(file)).toThrow(/tidak dikenali/);
    saveState(file, initialState('003-tangerang', 'staf@kominfo.go.id'));
    expect(loadState(file)).toEqual({ version: 1, presetId: '003-tangerang', actor: 'staf@kominfo.go.id', ops: [] });
  });
});

describe('playground rendering escapes what people typed', () => {
  test('sheet cells and mail bodies cannot inject markup into the page', () => {
    const table = renderSheet('Register', {
      header: ['Nomor', 'Judul "Kegiatan"'],
      rows: [['VC-1', '<script>alert(1)</script> & <b>x</b>']],
      total: 1,
    });
    expect(table).toContain(
      '<td data-col="Judul &quot;Kegiatan&quot;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;</td>',
    );
    expect(table).not.toMatch(/<script>|<b>/);
    const mail = {
      at: new Date('2026-11-23T02:00:00Z'),
      from: 'a@b.go.id',
      to: ['x@y.go.id'],
      cc: [],
      bcc: [],
      subject: 'Tautan <rapat>',
      body: '',
      htmlBody: '<p onclick="x()">Halo & "selamat"</p><script>top.location="/reset"</script>',
      replyTo: '',
      name: '',
      attachments: [],
    };
    const html = renderOutbox([mail], 'Asia/Jakarta');
    expect(html).toContain('sandbox=""');
    expect(html).toContain(
      'srcdoc="&lt;p onclick=&quot;x()&quot;&gt;Halo &amp; &quot;selamat&quot;&lt;/p&gt;&lt;script&gt;',
    );
    expect(html).toContain('Tautan &lt;rapat&gt;');
    expect(html).toContain('Dari: a@b.go.id');
    expect(renderOutbox([{ ...mail, name: 'Layanan <Vicon>' }], 'Asia/Jakarta')).toContain(
      'Dari: Layanan &lt;Vicon&gt; &lt;a@b.go.id&gt;',
    );
    expect(html).not.toMatch(/<script|<p onclick/);
  });
});

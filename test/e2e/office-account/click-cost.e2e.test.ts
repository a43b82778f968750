/**
 * What one "disposisi" click costs since the split, on the stand-in: the calls (by method) made
 * in the official's panel execution, in the hop to the engine's web app, and in the engine's own
 * execution, printed for the closing note. The test pins what the hop must stay: one identity
 * token and one fetch in the panel, one token check at Google per click, no sheet write in the panel.
 */
import { validAnswers } from '../../fixtures/answers';
import { e2eWorld, ok } from '../world';
import { ID, mailOf } from '../../proof/kit';
import { byMethod, callLedger, SHEET_WRITE, type CallRecord } from './ledger';

/** The engine's reply (JSON through ContentService). */
const REPLY = /^(ContentService|TextOutput)\./;

/**
 * The engine execution in three parts, in call order: the hop's check (token at Google, the
 * binding, the office account) up to opening the office spreadsheet, the step itself, the reply.
 */
function engineParts(engine: CallRecord[]): { check: CallRecord[]; step: CallRecord[]; reply: CallRecord[] } {
  const opened = engine.findIndex((c) => c.key === 'SpreadsheetApp.openById') + 1;
  const rest = engine.slice(opened);
  return {
    check: engine.slice(0, opened),
    step: rest.filter((c) => !REPLY.test(c.key)),
    reply: rest.filter((c) => REPLY.test(c.key)),
  };
}

function table(title: string, calls: CallRecord[]): string {
  const rows = Object.entries(byMethod(calls)).map(([k, n]) => `  ${k.padEnd(44)} ${n}`);
  return `${title}: ${calls.length} calls\n${rows.join('\n')}`;
}

describe('one disposisi click through panel → engine', () => {
  it('costs one identity token, one fetch and one token check; the engine does the rest', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.as(mailOf('kadis'));
    const version = ok(e.detail(ID)).version;
    const ledger = callLedger(e.ws);
    const done = e.app.callFromClient<{ ok: boolean }>('performAction', {
      requestId: ID,
      action: 'disposisi',
      expectedVersion: version,
      input: {},
    });
    expect(done).toMatchObject({ ok: true });
    const panel = ledger.calls.filter((c) => c.project === e.product.panelProject.id);
    const engine = ledger.calls.filter((c) => c.project === e.product.engineProject.id);
    const { check, step, reply } = engineParts(engine);
    console.log(
      [
        table('Panel execution (as kadis)', panel),
        table('Engine execution, the hop: token check and binding', check),
        table('Engine execution, the step (as the office account)', step),
        table('Engine execution, the hop: reply', reply),
      ].join('\n\n'),
    );
    expect(check.map((c) => c.key)).toContain('UrlFetchApp.fetch');
    expect(step.map((c) => c.key)).toContain('Range.setValues');
    const count = (calls: CallRecord[], key: string) => calls.filter((c) => c.key === key).length;
    expect(count(panel, 'ScriptApp.getIdentityToken')).toBe(1);
    expect(count(panel, 'UrlFetchApp.fetch')).toBe(1);
    expect(count(engine, 'UrlFetchApp.fetch')).toBe(1);
    expect(panel.filter((c) => SHEET_WRITE.test(c.key))).toEqual([]);
    expect(new Set(engine.map((c) => c.effective))).toEqual(new Set([e.product.office]));
    const executions = e.ws.executions.slice(-2).map((x) => `${x.kind} ${x.effective}`);
    expect(executions).toEqual([`client ${mailOf('kadis')}`, `webapp ${e.product.office}`]);
  });
});

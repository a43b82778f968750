/**
 * The hourly catch-up of form responses whose trigger run failed: it takes each missed response in
 * once, looks back an hour before its bookmark (a late trigger), and never moves the bookmark past
 * responses it could not read.
 */
import { sweepResponses, type SweepPort } from '../../src/app/sweep';
import type { Submission } from '../../src/app/intake';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

type Response = Omit<Submission, 'source'>;

/** The form's responses in memory; `reachable` false makes the form lookup fail. */
function memoryForm(): SweepPort & { responses: Response[]; reachable: boolean; bookmark: Date | null; asked: Date[] } {
  const form = {
    responses: [] as Response[],
    reachable: true,
    bookmark: null as Date | null,
    asked: [] as Date[],
    responsesSince(since: Date) {
      form.asked.push(since);
      return form.reachable ? form.responses.filter((r) => r.receivedAt >= since) : null;
    },
    lastSweep: () => form.bookmark,
    setLastSweep(at: Date) {
      form.bookmark = at;
    },
  };
  return form;
}

const response = (ref: string, at: string): Response => ({
  answers: validAnswers(),
  responseRef: ref,
  receivedAt: new Date(at),
});

function setup(): { w: TestWorld; form: ReturnType<typeof memoryForm> } {
  return { w: world({}, new Date('2026-11-23T02:00:00Z')), form: memoryForm() };
}

describe('sweepResponses', () => {
  it('takes in every response since the bookmark once, and moves the bookmark to the start of the run', () => {
    const { w, form } = setup();
    form.responses.push(response('r1', '2026-11-23T01:10:00Z'), response('r2', '2026-11-23T01:50:00Z'));
    expect(sweepResponses(w.deps, form)).toBe(2);
    expect(w.register.rows.map((r) => r.responseRef)).toEqual(['r1', 'r2']);
    expect(form.bookmark).toEqual(new Date('2026-11-23T02:00:00Z'));
    w.now.t = new Date('2026-11-23T03:00:00Z');
    expect(sweepResponses(w.deps, form)).toBe(0);
    expect(w.register.rows).toHaveLength(2);
  });

  it('looks back one hour before the bookmark (a trigger may run late), from the beginning when there is none', () => {
    const { w, form } = setup();
    sweepResponses(w.deps, form);
    w.now.t = new Date('2026-11-23T03:30:00Z');
    sweepResponses(w.deps, form);
    expect(form.asked).toEqual([new Date(-3_600_000), new Date('2026-11-23T01:00:00Z')]);
  });

  it('a response that arrived during the hour before the bookmark is still taken in', () => {
    const { w, form } = setup();
    form.bookmark = new Date('2026-11-23T01:30:00Z');
    form.responses.push(response('late', '2026-11-23T00:45:00Z'));
    expect(sweepResponses(w.deps, form)).toBe(1);
  });

  it('when the form cannot be found it fails visibly and keeps the bookmark, so nothing is lost', () => {
    const { w, form } = setup();
    form.bookmark = new Date('2026-11-23T01:00:00Z');
    form.responses.push(response('missed', '2026-11-23T00:30:00Z'));
    form.reachable = false;
    expect(() => sweepResponses(w.deps, form)).toThrow(
      'Formulir FPVC tidak ditemukan, jadi jawaban yang terlewat belum diambil; akan dicoba lagi pada jam berikutnya. Bila terus terjadi, jalankan Layanan Vicon › Siapkan.',
    );
    expect(form.bookmark).toEqual(new Date('2026-11-23T01:00:00Z'));
    w.now.t = new Date('2026-11-23T05:00:00Z');
    form.reachable = true;
    expect(sweepResponses(w.deps, form)).toBe(1);
    expect(w.register.rows.map((r) => r.responseRef)).toEqual(['missed']);
  });

  it('when intake fails part-way the bookmark stays, and the next run takes in the rest once', () => {
    const { w, form } = setup();
    form.responses.push(response('a', '2026-11-23T01:10:00Z'), response('b', '2026-11-23T01:20:00Z'));
    const append = w.deps.register.append;
    let calls = 0;
    w.deps.register.append = (r) => {
      if (++calls === 2) throw new Error('Sheets tidak dapat ditulis.');
      return append(r);
    };
    expect(() => sweepResponses(w.deps, form)).toThrow('Sheets tidak dapat ditulis.');
    expect(form.bookmark).toBeNull();
    expect(sweepResponses(w.deps, form)).toBe(1);
    expect(w.register.rows.map((r) => r.responseRef)).toEqual(['a', 'b']);
  });
});

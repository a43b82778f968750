/** Small stateful fakes for the reply-letter handlers (src/app/letters.ts) and a world that has one request. */
import { intake } from '../../src/app/intake';
import { letterHandlers, type LetterContext } from '../../src/app/letters';
import type { LetterDocsPort, LetterNumberStore } from '../../src/app/ports';
import {
  DEFAULT_LETTER_TEMPLATES,
  checkPlaceholders,
  placeholderProblems,
  type LetterKind,
} from '../../src/core/letter';
import { presetById } from '../../src/core/sop/presets';
import { validAnswers } from '../fixtures/answers';
import { memoryMailer } from './fakes-hourly';
import { world } from './fakes';

/**
 * Docs in memory: one draft per request and kind (re-render replaces it), PDFs as plain text.
 * `templates` may be changed by a test; `failExport` makes the PDF export throw.
 */
export function memoryDocs(templates: Record<LetterKind, string> = { ...DEFAULT_LETTER_TEMPLATES }) {
  const d = {
    templates,
    drafts: new Map<string, string>(),
    pdfs: new Map<string, string>(),
    renders: 0,
    failExport: false,
    port: {} as LetterDocsPort,
  };
  d.port = {
    templateText: (kind) => d.templates[kind],
    render: (id, kind, fields) => {
      const check = checkPlaceholders(d.templates[kind], fields);
      const text = d.templates[kind].replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_, n: string) => fields[n] || '……');
      d.drafts.set(`${id}|${kind}`, text);
      d.renders++;
      return { docId: `doc-${id}-${kind}`, url: `https://docs/${id}/${kind}`, problems: placeholderProblems(check) };
    },
    exportPdf: (id, kind) => {
      if (d.failExport) throw new Error('Drive sedang sibuk');
      d.pdfs.set(`${id}|${kind}`, d.drafts.get(`${id}|${kind}`)!);
      return { fileId: `pdf-${id}`, url: `https://drive/${id}.pdf`, name: `${id}.pdf` };
    },
    findPdf: (id, kind) =>
      d.pdfs.has(`${id}|${kind}`) ? { fileId: `pdf-${id}`, url: `https://drive/${id}.pdf`, name: `${id}.pdf` } : null,
  };
  return d;
}

type NumberRow = { number: string; year: number; seq: number; void: boolean; requestId: string; note?: string };

/** The 'Surat' sheet in memory: `rows` in the order numbers were taken; voiding an unknown number does nothing. */
export function memoryNumbers(): LetterNumberStore & { rows: NumberRow[] } {
  const s = {
    rows: [] as NumberRow[],
    issued: () => s.rows.map((r) => ({ ...r })),
    record: (l: NumberRow) => {
      s.rows.push({ ...l });
    },
    markVoid: (number: string, note: string) => {
      const r = s.rows.find((x) => x.number === number);
      if (r) {
        r.void = true;
        r.note = note;
      }
    },
  };
  return s;
}

/** The request number intake gives the first request of 2026. */
export const ID = 'VC-2026-0001';
export const tarakan = presetById('001-tarakan')!;

const KOP = {
  letterGovernment: 'PEMERINTAH KOTA TARAKAN',
  officeAddress: 'Jl. Sudirman 1',
  letterCity: 'Tarakan',
  timeZone: 'Asia/Makassar' as const,
  presetId: '001-tarakan',
};

/**
 * A Tarakan world (settings `over` on top of a full letterhead) with one request that has its Zoom
 * meeting, the kadis's NIP set, the letter handlers wired to memory docs, numbers and mailer.
 */
export function letterWorld(over: Record<string, unknown> = {}) {
  const w = world({ ...KOP, ...over });
  w.users.find((u) => u.roles.includes('kadis'))!.nip = '197001012000031001';
  const docs = memoryDocs();
  const numbers = memoryNumbers();
  const mailer = memoryMailer();
  const ctx: LetterContext = {
    clock: w.deps.clock,
    settings: () => w.deps.config.settings().settings,
    users: () => w.deps.config.users(),
    docs: docs.port,
    numbers,
    mailer,
  };
  w.deps.effects = letterHandlers(ctx);
  intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
  w.register.rows[0] = {
    ...w.register.rows[0],
    joinUrl: 'https://us02web.zoom.us/j/81234567890?pwd=abc',
    meetingId: '81234567890',
    passcode: 'x1Y2z3',
  };
  return { w, docs, numbers, mailer, sent: mailer.sent, ctx };
}

/** An effect of `kind` for the request, with `params`. */
export const effect = (kind: 'draft_letter' | 'sign_letter' | 'send_letter', params: Record<string, string> = {}) => ({
  kind,
  key: `${ID}:x:${kind}`,
  params,
});

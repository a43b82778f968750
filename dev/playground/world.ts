/**
 * The playground's world: the end-to-end harness (test/e2e/world.ts — the BUILT engine and
 * panel installed on the Workspace stand-in as an office installs them (dev/product.ts), Setup
 * done by the office account, one official per role, the fake Zoom server) plus the operations
 * a person performs on the page: officials click in the panel as themselves, the engine acts as
 * the office account. Every change to the world goes through `apply(op)`, so the same log
 * replays to the same state.
 */
import { statusLinks } from './views/status';
import { e2eWorld, OFFICE, type E2E } from '../../test/e2e/world';
import { presetById } from '../../src/core/sop/presets';

/** One thing a person did on the page, as stored in the operation log. */
export type Op =
  | { kind: 'submit'; email: string; answers: Record<string, string> }
  | { kind: 'edit'; responseId: string; changes: Record<string, string> }
  | { kind: 'call'; who: string; fn: string; args: unknown[] }
  | { kind: 'advance'; ms: number }
  /** An applicant's answer on their status page: a POST to the engine's web app (`query`, form `body`). */
  | { kind: 'page'; query: string; body: string };

/** What an operation produced, for the page's notice. */
export interface OpOutcome {
  message: string;
  /** The value a server function returned (kind 'call'). */
  value?: unknown;
}

/** The demo world starts on Monday 26 October 2026, 08:00 WIB; the seed walks it through four weeks. */
export const PLAYGROUND_START = new Date('2026-10-26T01:00:00Z');
export const ADMIN_EMAIL = 'admin@kominfo.go.id';
/** Server functions that only read; every other shim call may change the world and so is logged. */
export const READ_ONLY_FUNCTIONS = new Set(['getSidebarState', 'getRequestDetail', 'getSettingsForm', 'getPeople']);

/** A playground world for one preset. */
export interface PlaygroundWorld {
  e: E2E;
  presetId: string;
  /** Users to act as: the admin, one user per role of the preset. */
  roleUsers: Array<{ email: string; label: string }>;
  /** Runs server function `fn` as google.script.run would, as user `who`. */
  callAs(who: string, fn: string, args: unknown[]): unknown;
  apply(op: Op): OpOutcome;
  /** The engine web app's URL (its /exec address). */
  engineUrl: string;
  /** The engine's page for `query` (GET), as the browser would receive it: status code and HTML. */
  page(query: string): { status: number; html: string };
}

function registerIds(e: E2E): string[] {
  return e.column('Nomor').map(String);
}

function submit(e: E2E, email: string, answers: Record<string, string>): OpOutcome {
  const before = new Set(registerIds(e));
  const response = e.ws.submitForm(e.formId(), answers, { respondentEmail: email });
  const added = registerIds(e).filter((id) => !before.has(id));
  const id = added[0];
  return {
    message: id
      ? `Formulir terkirim: permohonan ${id} (jawaban ${response.getId()}).`
      : `Formulir terkirim (jawaban ${response.getId()}), tetapi belum tercatat di Register.`,
    value: id ?? null,
  };
}

function applyOp(world: PlaygroundWorld, op: Op): OpOutcome {
  const { e } = world;
  switch (op.kind) {
    case 'submit':
      return submit(e, op.email, op.answers);
    case 'edit':
      // A person edits a while after the request came back to them; Forms stamps the edit with its time.
      e.ws.clock.advance(60 * 1000);
      e.ws.forms.editResponse(op.responseId, op.changes);
      return { message: `Jawaban ${op.responseId} diubah dan dikirim ulang.` };
    case 'call': {
      const value = world.callAs(op.who, op.fn, op.args);
      return { message: `${op.fn} dijalankan sebagai ${op.who}.`, value };
    }
    case 'page': {
      const res = fetchEngine(world, resigned(world, op.query), resigned(world, op.body));
      return { message: `Halaman pemohon dikirim (${res.status}).`, value: res };
    }
    case 'advance': {
      e.ws.clock.advance(op.ms);
      const runs = e.ws.fireTimeTriggers();
      return { message: `Jam dimajukan ${Math.round(op.ms / 60000)} menit; ${runs} pemicu waktu dijalankan.` };
    }
  }
}

/**
 * `params` with its status-page token replaced by the one this world's mails carry for the same request:
 * the engine's page secret is new in every world, so a replayed answer is signed again, as the applicant's
 * own link in this world would sign it.
 */
function resigned(world: PlaygroundWorld, params: string): string {
  const p = new URLSearchParams(params);
  const id = p.get('r');
  if (!id || !p.has('t')) return params;
  const link = statusLinks(world.e.ws.mail.outbox, world.engineUrl).find((l) => l.id === id);
  const token = link ? new URLSearchParams(link.query).get('t') : null;
  if (token) p.set('t', token);
  return p.toString();
}

/** One request to the engine's web app through the stand-in's UrlFetchApp, as a browser would make it. */
function fetchEngine(world: PlaygroundWorld, query: string, body?: string): { status: number; html: string } {
  const fetch = world.e.ws.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
  const res = fetch.fetch(`${world.engineUrl}?${query}`, {
    method: body === undefined ? 'get' : 'post',
    ...(body === undefined ? {} : { contentType: 'application/x-www-form-urlencoded', payload: body }),
    muteHttpExceptions: true,
  });
  return { status: res.getResponseCode(), html: res.getContentText() };
}

/**
 * The office account types a second Zoom host into Sumber Daya (the fake Zoom server knows zoom2)
 * so the demo month has room for parallel meetings; the admin then makes its calendar.
 */
function addSecondZoomAccount(e: E2E): void {
  const row = e.sheet('Sumber Daya').length + 1;
  e.ws.acl.manualEdit(OFFICE, { sheet: 'Sumber Daya', range: `A${row}:H${row}` }, [
    ['Akun Zoom', 'Zoom Kominfo 2', 'zoom2@kominfo.go.id', 'Pro', 300, '', 'Ya', ''],
  ]);
  e.as(ADMIN_EMAIL);
  e.app.call('menuSetupCalendars');
}

/** A fresh world for `presetId` (Setup, users, resources, Zoom) at PLAYGROUND_START; throws on an unknown preset. */
export function createPlaygroundWorld(presetId: string, now = PLAYGROUND_START): PlaygroundWorld {
  const preset = presetById(presetId);
  if (!preset) throw new Error(`Alur SOP "${presetId}" tidak dikenal.`);
  const e = e2eWorld(presetId, now);
  addSecondZoomAccount(e);
  const world: PlaygroundWorld = {
    e,
    presetId,
    roleUsers: [
      { email: ADMIN_EMAIL, label: 'Admin' },
      ...preset.roles.map((r) => ({ email: `${r.id}@kominfo.go.id`, label: r.label })),
    ],
    callAs: (who, fn, args) => {
      e.as(who);
      return e.app.callFromClient(fn, ...args);
    },
    apply: (op) => applyOp(world, op),
    engineUrl: e.product.deployment.url,
    page: (query) => fetchEngine(world, query),
  };
  return world;
}

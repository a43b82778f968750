/**
 * HTTP routes of the playground (Node http, no framework). GET serves the page, the
 * refreshable panels, the sidebar and files; POST forms perform one operation each
 * and redirect back (Post/Redirect/Get) with a notice; /__gas/* is the shim.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { createShimRequestHandler } from '../sidebar-shim';
import { presetById } from '../../src/core/sop/presets';
import type { Session } from './session';
import { renderPage, renderPanels } from './page';
import { sidebarHtml, SHIM_ENDPOINT } from './sidebar';
import { fileAsPdf } from './views/files';
import { answersFromForm } from './views/form';
import { ENGINE_ROUTE, throughPlayground } from './views/status';
import { ADMIN_EMAIL } from './world';
import { isForeign, ownHosts, refuseForeign, type PlaygroundAddress } from './origin';

const HOUR_MS = 3600 * 1000;
const MAX_BODY = 1024 * 1024;

type FormAction = (session: Session, params: URLSearchParams) => string;

/** The sidebar views an admin opens from the menu in Sheets (Layanan Vicon › Pengaturan / Periksa pemasangan). */
const PANEL_VIEWS = new Set(['pengaturan', 'periksa']);

function required(params: URLSearchParams, name: string, label: string): string {
  const value = (params.get(name) ?? '').trim();
  if (!value) throw new Error(`${label} wajib diisi.`);
  return value;
}

const FORM_ACTIONS: Record<string, FormAction> = {
  '/formulir': (s, p) => {
    const { email, answers } = answersFromForm(p);
    if (!email) throw new Error('Email pemohon wajib diisi.');
    s.notify('info', s.perform({ kind: 'submit', email, answers }).message, 'form');
    return '#formulir-pemohon';
  },
  '/ubah': (s, p) => {
    const changes = { [required(p, 'question', 'Pertanyaan')]: required(p, 'value', 'Jawaban baru') };
    const edited = s.perform({ kind: 'edit', responseId: required(p, 'responseId', 'Jawaban'), changes });
    s.notify('info', edited.message, 'form');
    return '#formulir-pemohon';
  },
  '/menu': (s, p) => {
    const view = required(p, 'view', 'Menu');
    if (!PANEL_VIEWS.has(view)) throw new Error(`Menu "${view}" tidak dikenal.`);
    s.setActor(ADMIN_EMAIL);
    s.notify(
      'info',
      `Menu Layanan Vicon › ${view === 'pengaturan' ? 'Pengaturan' : 'Periksa pemasangan'} dibuka sebagai admin.`,
    );
    return `?panel=${view}`;
  },
  '/rekap': (s) => {
    s.perform({ kind: 'call', who: ADMIN_EMAIL, fn: 'menuRefreshRecap', args: [] });
    s.notify('info', 'Rekap diperbarui.');
    return '#sheet-rekap';
  },
  '/sebagai': (s, p) => {
    s.setActor(required(p, 'email', 'Pengguna'));
    s.notify('info', `Sekarang bertindak sebagai ${s.state.actor}.`);
    return '';
  },
  '/jam': (s, p) => {
    const ms = p.get('langkah') === 'hari' ? 24 * HOUR_MS : HOUR_MS;
    s.notify('info', s.perform({ kind: 'advance', ms }).message);
    return '';
  },
  '/alur': (s, p) => {
    const id = required(p, 'presetId', 'Alur SOP');
    if (!presetById(id)) throw new Error(`Alur SOP "${id}" tidak dikenal.`);
    s.switchPreset(id);
    s.notify('info', `Alur SOP diganti ke ${presetById(id)!.name}; data demo dibuat ulang.`);
    return '';
  },
  '/reset': (s) => {
    s.reset();
    s.notify('info', 'Keadaan tersimpan dihapus; playground mulai dari data demo awal.');
    return '';
  },
};

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () =>
      size > MAX_BODY ? reject(new Error('Isian terlalu besar.')) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

async function handleForm(
  session: Session,
  action: FormAction,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let anchor = '';
  try {
    anchor = action(session, new URLSearchParams(await readBody(req)));
  } catch (error) {
    session.notify('error', (error as Error).message, req.url === '/formulir' || req.url === '/ubah' ? 'form' : 'top');
  }
  res.writeHead(303, { Location: `/${anchor}` });
  res.end();
}

/** An applicant on their status page: GET reads it, POST (accepting a time, cancelling) is an operation kept in the log. */
async function handleEngine(session: Session, req: IncomingMessage, query: string, res: ServerResponse): Promise<void> {
  try {
    const answer =
      req.method === 'POST'
        ? (session.perform({ kind: 'page', query, body: await readBody(req) }).value as {
            status: number;
            html: string;
          })
        : session.world.page(query);
    send(res, answer.status, 'text/html; charset=utf-8', throughPlayground(answer.html, session.world.engineUrl));
  } catch (error) {
    send(res, 500, 'text/plain; charset=utf-8', `Galat playground: ${(error as Error).message}`);
  }
}

function panelView(query: URLSearchParams): string {
  const view = query.get('view') ?? query.get('panel') ?? '';
  return PANEL_VIEWS.has(view) ? view : '';
}

function handleGet(session: Session, path: string, query: URLSearchParams, res: ServerResponse): void {
  if (path === '/') return send(res, 200, 'text/html; charset=utf-8', renderPage(session, panelView(query)));
  if (path === '/panel') return send(res, 200, 'text/html; charset=utf-8', renderPanels(session));
  if (path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (path === '/sidebar') return send(res, 200, 'text/html; charset=utf-8', sidebarHtml(undefined, panelView(query)));
  if (path.startsWith('/berkas/')) {
    const pdf = fileAsPdf(session.world.e.ws, decodeURIComponent(path.slice('/berkas/'.length)));
    return pdf
      ? send(res, 200, 'application/pdf', pdf)
      : send(res, 404, 'text/plain; charset=utf-8', 'Berkas tidak ditemukan.');
  }
  send(res, 404, 'text/plain; charset=utf-8', 'Halaman tidak ditemukan.');
}

/**
 * The request handler of a playground bound to `session`, listening at `address`: requests that do
 * not come from its own page (origin.ts) are refused with 403 before anything runs.
 */
export function createRoutes(
  session: Session,
  address: PlaygroundAddress,
): (req: IncomingMessage, res: ServerResponse) => void {
  const shim = createShimRequestHandler((name, args) => session.invoke(name, args), SHIM_ENDPOINT);
  const hosts = ownHosts(address);
  return (req, res) => {
    if (isForeign(req, hosts)) return refuseForeign(res, address);
    if (shim(req, res)) return;
    const [path, search = ''] = (req.url ?? '/').split('?');
    const action = FORM_ACTIONS[path];
    if (path === ENGINE_ROUTE && (req.method === 'GET' || req.method === 'POST')) {
      void handleEngine(session, req, search, res);
      return;
    }
    try {
      if (req.method === 'POST' && action) {
        void handleForm(session, action, req, res);
        return;
      }
      if (req.method === 'GET') {
        handleGet(session, path, new URLSearchParams(search), res);
        return;
      }
      send(res, 405, 'text/plain; charset=utf-8', 'Metode tidak didukung.');
    } catch (error) {
      send(res, 500, 'text/plain; charset=utf-8', `Galat playground: ${(error as Error).message}`);
    }
  };
}

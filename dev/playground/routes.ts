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
import { isForeign, ownHosts, refuseForeign, type PlaygroundAddress } from './origin';

const HOUR_MS = 3600 * 1000;
const MAX_BODY = 1024 * 1024;

type FormAction = (session: Session, params: URLSearchParams) => string;

function required(params: URLSearchParams, name: string, label: string): string {
  const value = (params.get(name) ?? '').trim();
  if (!value) throw new Error(`${label} wajib diisi.`);
  return value;
}

const FORM_ACTIONS: Record<string, FormAction> = {
  '/formulir': (s, p) => {
    const { email, answers } = answersFromForm(p);
    if (!email) throw new Error('Email pemohon wajib diisi.');
    s.notify('info', s.perform({ kind: 'submit', email, answers }).message);
    return '#sheet-register';
  },
  '/ubah': (s, p) => {
    const changes = { [required(p, 'question', 'Pertanyaan')]: required(p, 'value', 'Jawaban baru') };
    s.notify('info', s.perform({ kind: 'edit', responseId: required(p, 'responseId', 'Jawaban'), changes }).message);
    return '#sheet-register';
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
    session.notify('error', (error as Error).message);
  }
  res.writeHead(303, { Location: `/${anchor}` });
  res.end();
}

function handleGet(session: Session, path: string, res: ServerResponse): void {
  if (path === '/') return send(res, 200, 'text/html; charset=utf-8', renderPage(session));
  if (path === '/panel') return send(res, 200, 'text/html; charset=utf-8', renderPanels(session));
  if (path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (path === '/sidebar') return send(res, 200, 'text/html; charset=utf-8', sidebarHtml());
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
    const path = (req.url ?? '/').split('?')[0];
    const action = FORM_ACTIONS[path];
    try {
      if (req.method === 'POST' && action) {
        void handleForm(session, action, req, res);
        return;
      }
      if (req.method === 'GET') {
        handleGet(session, path, res);
        return;
      }
      send(res, 405, 'text/plain; charset=utf-8', 'Metode tidak didukung.');
    } catch (error) {
      send(res, 500, 'text/plain; charset=utf-8', `Galat playground: ${(error as Error).message}`);
    }
  };
}

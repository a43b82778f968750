/**
 * `npm start`: the playground on 127.0.0.1:PORT (default 8080). It binds the port
 * first (a taken port fails at once with an Indonesian message and exit code 1),
 * then loads the stored state, seeds the demo data and replays the log. It builds
 * nothing itself (npm start already built dist/) and opens nothing; Ctrl-C closes it.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { createRoutes } from './routes';
import { createSession } from './session';
import { DEFAULT_STATE_FILE } from './state';

/** Options of startPlayground. */
export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port: number;
  stateFile?: string;
  host?: string;
  log?: (line: string) => void;
}

/** A running playground. */
export interface RunningPlayground {
  url: string;
  close(): Promise<void>;
}

/** The Indonesian message for a port that is already in use. */
export function portInUseMessage(port: number): string {
  return `Port ${port} sudah dipakai program lain (mungkin playground yang masih berjalan). Hentikan program itu, atau pakai port lain: PORT=${port + 1} npm start`;
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE' ? Object.assign(new Error(portInUseMessage(port)), { code: 'EADDRINUSE' }) : error,
      );
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Starts the playground: binds `host:port` (rejects with the Indonesian port-in-use message
 * when taken), then prepares the world from `stateFile`. Resolves once the page can be served.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const host = options.host ?? '127.0.0.1';
  let handler: http.RequestListener = (_req, res) => {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Playground sedang menyiapkan data demo, coba lagi sebentar.');
  };
  const server = http.createServer((req, res) => handler(req, res));
  const port = await listen(server, options.port, host);
  try {
    const session = createSession(
      options.stateFile ?? DEFAULT_STATE_FILE,
      options.log ?? ((line) => console.warn(line)),
    );
    handler = createRoutes(session, { host, port });
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  return { url: `http://${host}:${port}/`, close: () => closeServer(server) };
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT "${process.env.PORT}" bukan nomor port yang sah.`);
  console.log('Menyiapkan playground (data demo sebulan)…');
  const running = await startPlayground({ port });
  console.log(`Playground Layanan Vicon berjalan di ${running.url}`);
  console.log('Tekan Ctrl-C untuk berhenti.');
  const stop = (): void => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`Playground tidak bisa dijalankan: ${error.message}`);
    process.exit(1);
  });
}

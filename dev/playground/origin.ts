/**
 * The playground answers only its own page. A request whose Host is not the playground's own
 * address (DNS rebinding) or that a foreign page sent (its Origin, or Sec-Fetch-Site cross-site /
 * same-site) is refused with 403, so no web page open in the same browser can drive it.
 */
import type { IncomingMessage, ServerResponse } from 'http';

/** Where the playground listens. */
export interface PlaygroundAddress {
  host: string;
  port: number;
}

const LOOPBACK = ['127.0.0.1', 'localhost'];

/** 'host:port' pairs a request to the playground may name (a loopback address under either name). */
export function ownHosts(address: PlaygroundAddress): Set<string> {
  const names = LOOPBACK.includes(address.host) ? LOOPBACK : [address.host];
  return new Set(names.map((name) => `${name}:${address.port}`.toLowerCase()));
}

/** True when `req` does not come from the playground's own page at one of `hosts`. */
export function isForeign(req: IncomingMessage, hosts: Set<string>): boolean {
  if (!hosts.has(String(req.headers.host ?? '').toLowerCase())) return true;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.toLowerCase().replace(/^http:\/\//, ''))) return true;
  if (origin !== undefined && !origin.toLowerCase().startsWith('http://')) return true;
  const site = req.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

/** Answers 403 with the Indonesian reason and where to open the playground instead. */
export function refuseForeign(res: ServerResponse, address: PlaygroundAddress): void {
  res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(
    `Ditolak: playground Layanan Vicon hanya melayani halamannya sendiri. Buka http://${address.host}:${address.port}/ langsung di peramban.`,
  );
}

/** Reading an office the bench seeded (bench/seed.ts), for the tests that check it. */
import type { VcRequest } from '../../src/core/request';
import { REGISTER_HEADERS, rowToRequest } from '../../src/io/register-row';
import { headerMap } from '../../src/io/sheet-table';
import type { E2E } from './world';

/** The requests of `e`'s Register, as the product reads its rows. */
export function registerOf(e: E2E): VcRequest[] {
  const [head, ...rows] = e.sheet('Register');
  const map = headerMap(head.map(String), REGISTER_HEADERS, 'Register');
  return rows.filter((r) => String(r[0]).startsWith('VC-')).map((r) => rowToRequest(r, map, 'Asia/Jakarta'));
}

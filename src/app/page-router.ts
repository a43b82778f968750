/**
 * The engine's pages, by the `p` parameter of its web-app address: a signed link (core/page-token)
 * opens one page about one reference. GET only shows (it never changes anything); an action is a
 * POST of the same signed parameters plus `a` (the action) from a button on the page. A missing,
 * wrong or expired token, or an unknown page, gets the same "link not valid" page.
 */
import { claimOf, type PageClaim, type PageSigner } from '../core/page-token';
import { INVALID_LINK_PAGE, type PageView } from '../core/page-html';

/** What a page handler is given: the verified claim, its token, all parameters, the engine's address. */
export interface PageContext {
  claim: PageClaim;
  token: string;
  params: Record<string, string>;
  /** The engine's web-app address, for the page's buttons to POST to. */
  selfUrl: string;
  now: Date;
}

/** One page: `show` for GET (read-only), `act` for a POST of its buttons (absent: the page has none). */
export interface PageRoute {
  show(ctx: PageContext): PageView;
  act?(ctx: PageContext): PageView;
}

/** The pages by name. */
export type PageRoutes = Record<string, PageRoute>;

/** One web request to a page. */
export interface PageHit {
  method: 'get' | 'post';
  params: Record<string, string>;
  selfUrl: string;
  now: Date;
}

/** True when the request asks for a page (has `p`): otherwise the engine answers as before. */
export function isPageHit(params: Record<string, string> | undefined): boolean {
  return typeof params?.p === 'string' && params.p !== '';
}

/**
 * Serves `hit`: verifies the signed claim with `signer`, then the page's show (GET) or act (POST).
 * Unknown page, bad token, or a POST to a page without actions → INVALID_LINK_PAGE.
 */
export function routePage(routes: PageRoutes, signer: PageSigner, hit: PageHit): PageView {
  const signed = claimOf(hit.params);
  if (!signed || !Object.prototype.hasOwnProperty.call(routes, signed.claim.page)) return INVALID_LINK_PAGE;
  if (!signer.verify(signed.claim, signed.token, hit.now)) return INVALID_LINK_PAGE;
  const route = routes[signed.claim.page];
  const ctx: PageContext = { ...signed, params: hit.params, selfUrl: hit.selfUrl, now: hit.now };
  if (hit.method === 'get') return route.show(ctx);
  return route.act ? route.act(ctx) : INVALID_LINK_PAGE;
}

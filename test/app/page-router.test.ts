import { createHmac } from 'crypto';
import { pageQuery, pageSigner } from '../../src/core/page-token';
import { isPageHit, routePage, type PageRoutes } from '../../src/app/page-router';

const signer = pageSigner((m, s) => [...createHmac('sha256', s).update(m).digest()], 'k'.repeat(40));
const now = new Date('2026-03-02T03:00:00Z');
const SELF = 'https://script.google.com/macros/s/X/exec';

function params(page: string, ref: string): Record<string, string> {
  const claim = { page, ref };
  return Object.fromEntries(new URLSearchParams(pageQuery(claim, signer.sign(claim))));
}

function routes(log: string[]): PageRoutes {
  return {
    status: {
      show: (c) => ({ title: `Status ${c.claim.ref}`, html: `<p>${c.selfUrl}</p>` }),
      act: (c) => {
        log.push(`${c.claim.ref}:${c.params.a}`);
        return { title: 'Tersimpan', html: '' };
      },
    },
    baca: { show: () => ({ title: 'Baca', html: '' }) },
  };
}

describe('page router', () => {
  it('shows a page for its signed link on GET and never acts', () => {
    const log: string[] = [];
    const view = routePage(routes(log), signer, {
      method: 'get',
      params: { ...params('status', 'VC-1'), a: 'batal' },
      selfUrl: SELF,
      now,
    });
    expect(view.title).toBe('Status VC-1');
    expect(view.html).toContain(SELF);
    expect(log).toEqual([]);
  });

  it('acts only on POST with the signed parameters', () => {
    const log: string[] = [];
    const view = routePage(routes(log), signer, {
      method: 'post',
      params: { ...params('status', 'VC-1'), a: 'batal' },
      selfUrl: SELF,
      now,
    });
    expect(view.title).toBe('Tersimpan');
    expect(log).toEqual(['VC-1:batal']);
  });

  it('answers every wrong link with the same page: other request, unknown page, no token, no actions', () => {
    const log: string[] = [];
    const r = routes(log);
    const forged = { ...params('status', 'VC-1'), r: 'VC-2' };
    const hits = [
      { method: 'get' as const, params: forged },
      { method: 'post' as const, params: { ...forged, a: 'batal' } },
      { method: 'get' as const, params: params('rahasia', 'VC-1') },
      { method: 'get' as const, params: { p: 'status', r: 'VC-1' } },
      { method: 'get' as const, params: { ...params('status', 'VC-1'), p: 'toString' } },
      { method: 'post' as const, params: params('baca', 'VC-1') },
    ];
    const titles = hits.map((h) => routePage(r, signer, { ...h, selfUrl: SELF, now }).title);
    expect(new Set(titles)).toEqual(new Set(['Tautan tidak berlaku']));
    expect(log).toEqual([]);
  });

  it('tells a page hit (with p) from the panel’s JSON calls', () => {
    expect(isPageHit({ p: 'status' })).toBe(true);
    expect(isPageHit({})).toBe(false);
    expect(isPageHit(undefined)).toBe(false);
  });
});

import { gas } from './helpers';

describe('CacheService', () => {
  it('expires entries on the workspace clock (default 600 s, capped at 6 h)', () => {
    const { CacheService, ws } = gas();
    const cache = CacheService.getScriptCache();
    cache.put('a', 'A');
    cache.put('b', 'B', 999_999);
    ws.clock.advance(599_000);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: 'A', b: 'B' });
    ws.clock.advance(1_000);
    expect(cache.get('a')).toBeNull();
    ws.clock.advance(21_600_000 - 600_000 - 1);
    expect(cache.get('b')).toBe('B');
    ws.clock.advance(1);
    expect(cache.get('b')).toBeNull();
  });

  it('keeps script and user caches apart and refuses values over 100 KB', () => {
    const { CacheService } = gas();
    CacheService.getScriptCache().put('k', 'script');
    expect(CacheService.getUserCache().get('k')).toBeNull();
    expect(CacheService.getScriptCache().get('k')).toBe('script');
    expect(() => CacheService.getScriptCache().put('big', 'x'.repeat(100 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
  });
});

describe('PropertiesService', () => {
  it('stores strings only and shares one store across getScriptProperties() calls', () => {
    const { PropertiesService, ws } = gas();
    PropertiesService.getScriptProperties().setProperty('n', 5 as unknown as string);
    expect(PropertiesService.getScriptProperties().getProperty('n')).toBe('5');
    expect(PropertiesService.getDocumentProperties().getProperty('n')).toBeNull();
    PropertiesService.getScriptProperties().setProperties({ a: '1', b: '2' }, true);
    expect(PropertiesService.getScriptProperties().getKeys().sort()).toEqual(['a', 'b']);
    expect(ws.properties.script.get('a')).toBe('1');
  });

  it('throws at the real limits: 9 KB per value, 500 KB per store', () => {
    const props = gas().PropertiesService.getScriptProperties();
    expect(() => props.setProperty('v', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, 'x'.repeat(9200));
    expect(() => props.setProperty('k55', 'x'.repeat(9200))).toThrow(/exceeded the property storage quota/);
    expect(props.getProperty('k55')).toBeNull();
  });
});

import * as http from 'http';
import type { AddressInfo } from 'net';
import * as vm from 'vm';
import {
  createShimRequestHandler,
  handleShimCall,
  ServerInvoke,
  shimScript,
  ShimOptions,
} from '../../dev/sidebar-shim';

/** A fake page: a vm context acting as `window`, with the shim installed. */
function page(invoke: ServerInvoke, options: ShimOptions = {}) {
  const sandbox: Record<string, unknown> = { setTimeout, console, fetch, Promise, JSON };
  sandbox.window = sandbox;
  sandbox.__gasInvoke = (name: string, argsJson: string) => handleShimCall(invoke, name, argsJson);
  const context = vm.createContext(sandbox);
  vm.runInContext(shimScript(options), context);
  return { run: (sandbox as any).google.script.run, evaluate: (code: string) => vm.runInContext(code, context) };
}

/** Calls `run[name](...args)` and resolves with which handler fired, its value and user object. */
function outcome(run: any, name: string, ...args: unknown[]) {
  return new Promise((resolve) => {
    run
      .withSuccessHandler((value: unknown, user: unknown) => resolve({ success: value, user }))
      .withFailureHandler((error: Error, user: unknown) => resolve({ failure: error.message, user }))
      [name](...args);
  });
}

describe('handleShimCall', () => {
  test('wraps values, thrown errors, and Date results (null + warning) as JSON envelopes', async () => {
    await expect(handleShimCall((n, a) => ({ n, a }), 'f', '[1,"x"]')).resolves.toBe(
      '{"ok":true,"value":{"n":"f","a":[1,"x"]}}',
    );
    const thrown = JSON.parse(
      await handleShimCall(
        () => {
          throw new TypeError('rusak');
        },
        'f',
        '[]',
      ),
    );
    expect(thrown).toEqual({ ok: false, error: { name: 'TypeError', message: 'rusak' } });
    const dated = JSON.parse(await handleShimCall(async () => ({ list: [{ at: new Date(0) }] }), 'g', '[]'));
    expect(dated).toEqual({
      ok: true,
      value: null,
      warning: 'g mengembalikan Date/fungsi di list.0.at; google.script.run memberi null.',
    });
    const vmDate = vm.runInNewContext('({ at: new Date(0) })');
    expect(JSON.parse(await handleShimCall(() => vmDate, 'h', '[]')).value).toBeNull();
  });
});

describe('shimScript (exposed transport)', () => {
  test('with…() returns a new runner and leaves the base runner untouched', async () => {
    const { run } = page(() => 'ok');
    const a = run.withSuccessHandler(() => undefined);
    expect(a).not.toBe(run);
    expect(run.withUserObject(1)).not.toBe(run);
    await expect(outcome(run.withUserObject({ n: 1 }), 'getSidebarState')).resolves.toEqual({
      success: 'ok',
      user: { n: 1 },
    });
  });

  test('calls are asynchronous, pass arguments through JSON, and report thrown errors to the failure handler', async () => {
    const seen: unknown[] = [];
    const { run } = page((name, args) => {
      seen.push(name, args);
      if (name === 'performAction') throw new Error('Tidak boleh.');
      return args[0];
    });
    let handledSynchronously = false;
    run
      .withSuccessHandler(() => {
        handledSynchronously = true;
      })
      .getSidebarState();
    expect(handledSynchronously).toBe(false);
    await expect(outcome(run, 'getRequestDetail', { id: 'VC-1', skip: undefined })).resolves.toEqual({
      success: { id: 'VC-1' },
      user: undefined,
    });
    await expect(outcome(run, 'performAction', {})).resolves.toEqual({ failure: 'Tidak boleh.', user: undefined });
    expect(seen.slice(2)).toEqual(['getRequestDetail', [{ id: 'VC-1' }], 'performAction', [{}]]);
  });

  test('a Date argument throws at once, like the real google.script.run', () => {
    const calls: string[] = [];
    const { run, evaluate } = page((name) => {
      calls.push(name);
    });
    const date = evaluate('new Date(0)');
    expect(() => run.submitLetterRequest({ letter: { on: date } })).toThrow(
      'Failed due to illegal value in property: 0.letter.on',
    );
    expect(calls).toEqual([]);
  });

  test('only the listed server functions exist', () => {
    const { run } = page(() => null, { functions: ['onlyThis'] });
    expect(typeof run.onlyThis).toBe('function');
    expect(run.getSidebarState).toBeUndefined();
  });
});

describe('shimScript (http transport)', () => {
  test('posts to the endpoint and the Node handler answers through the same envelope', async () => {
    const handle = createShimRequestHandler((name, args) => ({ name, args }), '/__gas');
    const server = http.createServer((req, res) => {
      if (!handle(req, res)) {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { run } = page(
        () => {
          throw new Error('not used');
        },
        { transport: 'http', endpoint: `http://127.0.0.1:${port}/__gas` },
      );
      await expect(outcome(run, 'getRequestDetail', 'VC-9')).resolves.toEqual({
        success: { name: 'getRequestDetail', args: ['VC-9'] },
        user: undefined,
      });
      const missing = page(() => null, { transport: 'http', endpoint: `http://127.0.0.1:${port}/nope` }).run;
      await expect(outcome(missing, 'getSidebarState')).resolves.toEqual({
        failure: 'NetworkError: Connection failure due to HTTP 404',
        user: undefined,
      });
    } finally {
      server.close();
    }
  });
});

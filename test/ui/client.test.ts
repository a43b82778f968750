import { call, errorText, unwrap } from '../../src/ui/client';

type Handler = (value: unknown) => void;

/** A fake google.script.run with the real chaining shape, answering from `server`. */
function installRun(server: Record<string, (...args: unknown[]) => unknown>) {
  const make = (ok?: Handler, fail?: Handler): Record<string, unknown> => {
    const runner: Record<string, unknown> = {
      withSuccessHandler: (fn: Handler) => make(fn, fail),
      withFailureHandler: (fn: Handler) => make(ok, fn),
      withUserObject: () => make(ok, fail),
    };
    for (const name of Object.keys(server)) {
      runner[name] = (...args: unknown[]) =>
        setTimeout(() => {
          try {
            ok?.(server[name](...args));
          } catch (e) {
            fail?.(e);
          }
        }, 0);
    }
    return runner;
  };
  (globalThis as any).google = { script: { run: make() } };
}

afterEach(() => {
  delete (globalThis as any).google;
});

describe('call', () => {
  test('resolves with the server value and passes the arguments', async () => {
    installRun({ getRequestDetail: (id) => ({ ok: true, value: { id } }) });
    await expect(call('getRequestDetail', 'VC-2026-0001')).resolves.toEqual({
      ok: true,
      value: { id: 'VC-2026-0001' },
    });
  });
  test('a server exception rejects with an Error carrying its message as text', async () => {
    installRun({
      getSidebarState: () => {
        throw new Error('Sheet <Register> tidak ada.');
      },
    });
    await expect(call('getSidebarState')).rejects.toThrow('Sheet <Register> tidak ada.');
  });
  test('without google.script.run it rejects in Indonesian', async () => {
    await expect(call('getSidebarState')).rejects.toThrow('google.script.run tidak tersedia');
  });
  test('an unknown server function rejects', async () => {
    installRun({});
    await expect(call('performAction', { requestId: 'x', action: 'a', expectedVersion: 1, input: {} })).rejects.toThrow(
      'Fungsi server "performAction" tidak ditemukan.',
    );
  });
});

describe('unwrap and errorText', () => {
  test('unwrap returns the value or throws the Result error', () => {
    expect(unwrap({ ok: true, value: 5 })).toBe(5);
    expect(() => unwrap({ ok: false, error: 'Permintaan sudah diperbarui, muat ulang.' })).toThrow(
      'Permintaan sudah diperbarui, muat ulang.',
    );
    expect(() => unwrap(null as never)).toThrow('Jawaban server tidak terbaca. Muat ulang.');
  });
  test('errorText reads errors, strings and message-like objects, else a generic message', () => {
    expect(errorText(new Error('a'))).toBe('a');
    expect(errorText('b')).toBe('b');
    expect(errorText({ message: 'c' })).toBe('c');
    expect(errorText(undefined)).toBe('Terjadi kesalahan yang tidak diketahui. Coba lagi.');
  });
});

/** The `Logger` global and a quiet `console`; every line also lands in `ctx.logs`. */
import { format } from 'util';
import type { Ctx } from './context';

class FakeLogger implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  private lines: string[] = [];
  constructor(private readonly ctx: Ctx) {}
  log(data: any, ...values: any[]): GoogleAppsScript.Base.Logger {
    const line = values.length ? String(data).replace(/%s/g, () => String(values.shift())) : String(data);
    this.lines.push(line);
    this.ctx.logs.push(`Logger: ${line}`);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines = [];
  }
}

/** The `Logger` global. */
export function createLogger(ctx: Ctx): GoogleAppsScript.Base.Logger {
  return ctx.wrap(new FakeLogger(ctx), 'Logger');
}

/** A console that prints nothing and records '<level>: <message>' lines in `ctx.logs`. */
export function createQuietConsole(ctx: Ctx): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const at =
    (level: string) =>
    (...args: unknown[]): void => {
      ctx.logs.push(`${level}: ${format(...args)}`);
    };
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}

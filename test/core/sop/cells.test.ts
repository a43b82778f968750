/** Cell syntax of the 'Alur SOP' sheet: comma lists and effect lists with parameters. */
import { formatEffects, parseEffects, parseList } from '../../../src/core/sop/cells';
import type { ActionDef } from '../../../src/core/sop/types';

function parsed(cell: string) {
  const errors: string[] = [];
  return { effects: parseEffects(cell, 7, errors), errors };
}

const unreadable = (token: string) =>
  `Baris 7: efek "${token}" tidak terbaca; tulis misalnya notify_applicant(template=ditolak).`;

describe('parseList', () => {
  it('splits on commas, trims, and drops empty items', () => {
    expect(parseList(' a, b ,,c , ')).toEqual(['a', 'b', 'c']);
    expect(parseList('')).toEqual([]);
  });
});

describe('parseEffects', () => {
  it('reads kinds alone and kinds with parameters, trimming keys and values', () => {
    expect(parsed('reserve, notify_applicant( template = ditolak ; to = pemohon )')).toEqual({
      effects: [{ kind: 'reserve' }, { kind: 'notify_applicant', params: { template: 'ditolak', to: 'pemohon' } }],
      errors: [],
    });
  });

  it('keeps a comma inside the parentheses within its effect', () => {
    expect(parsed('notify_role(role=a,b), reserve')).toEqual({
      effects: [{ kind: 'notify_role', params: { role: 'a,b' } }, { kind: 'reserve' }],
      errors: [],
    });
  });

  it('reads empty parentheses and empty parameter slots as no parameters', () => {
    expect(parsed('reserve(), release( ; )')).toEqual({
      effects: [{ kind: 'reserve' }, { kind: 'release' }],
      errors: [],
    });
    expect(parsed('notify_role(role=kadis;;)')).toEqual({
      effects: [{ kind: 'notify_role', params: { role: 'kadis' } }],
      errors: [],
    });
  });

  it.each(['notify_role(=kadis)', 'notify_role( =kadis)', 'notify_role(kadis)', 'notify role', 'notify-role'])(
    'names the unreadable effect %s and reads the rest',
    (token) => {
      expect(parsed(`${token}, reserve`)).toEqual({ effects: [{ kind: 'reserve' }], errors: [unreadable(token)] });
    },
  );
});

describe('formatEffects', () => {
  it('writes what parseEffects reads: parameters joined by "; ", effects by ", "', () => {
    const effects: ActionDef['effects'] = [
      { kind: 'notify_applicant', params: { template: 'ditolak', to: 'pemohon' } },
      { kind: 'reserve', params: {} },
      { kind: 'release' },
    ];
    expect(formatEffects(effects)).toBe('notify_applicant(template=ditolak; to=pemohon), reserve, release');
    expect(parsed(formatEffects(effects)).effects).toEqual([effects[0], { kind: 'reserve' }, { kind: 'release' }]);
  });
});

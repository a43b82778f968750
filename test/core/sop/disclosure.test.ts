import { disclosureFor } from '../../../src/core/sop/disclosure';
import { enterStart } from '../../../src/core/sop/engine';
import { BANDUNG, SINGKAWANG, TARAKAN } from '../../../src/core/sop/presets';
import type { Preset } from '../../../src/core/sop/types';
import type { VcRequest } from '../../../src/core/request';
import { makeActor, makeRequest, T0 } from './fixtures';

const at = (preset: Preset, stepId: string, over: Partial<VcRequest> = {}): VcRequest => ({
  ...enterStart(makeRequest(), preset, T0, true),
  stepId,
  ...over,
});
const NONE = { contact: false, meeting: false };
const BOTH = { contact: true, meeting: true };

describe('disclosureFor: contacts and meeting access by what the current step needs', () => {
  it.each([
    ['Kadis disposing', BANDUNG, 'disposisi_kadis', ['kadis'], NONE],
    // Bandung's Subkoor may offer the applicant another time, so sees how to reach them.
    [
      'Subkoor deciding, may offer another time',
      BANDUNG,
      'izin_subkoor',
      ['subkoor'],
      { contact: true, meeting: false },
    ],
    ['Kabid disposing (mails by itself)', BANDUNG, 'disposisi_kabid', ['kabid'], NONE],
    ['Subkoor assigning the operator', BANDUNG, 'tunjuk_operator', ['subkoor'], NONE],
    ['operator making the meeting', BANDUNG, 'buat_rapat', ['operator'], { contact: false, meeting: true }],
    ['operator sending the link', BANDUNG, 'kirim_tautan', ['operator'], BOTH],
    // Only "ubah_jadwal" moves the meeting here ("selesai" merely closes): one such action is enough.
    ['operator accompanying the meeting', BANDUNG, 'pendampingan', ['operator'], BOTH],
    ['Subkoor offering other times', SINGKAWANG, 'info_bentrok', ['subkoor'], { contact: true, meeting: false }],
    ['Kabid reviewing a draft', TARAKAN, 'telaah_kabid', ['kabid'], NONE],
    ['Kadis signing and sending the letter', TARAKAN, 'kirim_surat', ['kadis'], BOTH],
    ['the operator role at a step that is not theirs', BANDUNG, 'disposisi_kadis', ['operator'], NONE],
    ['a user with no role', BANDUNG, 'kirim_tautan', [], NONE],
  ])('%s', (_who, preset, stepId, roles, expected) => {
    expect(disclosureFor(at(preset, stepId), preset, makeActor(roles))).toEqual(expected);
  });

  it('a Plh holding the step sees what the step needs', () => {
    const plh = makeActor(['kabid'], { delegated: [{ role: 'kadis', forName: 'Yayan' }] });
    expect(disclosureFor(at(TARAKAN, 'kirim_surat'), TARAKAN, plh)).toEqual(BOTH);
  });

  it("the request's assigned operator sees both until it is finished; an admin always", () => {
    const op = makeActor(['operator'], { email: 'budi@diskominfo.go.id' });
    const assigned = { operator: 'Budi@Diskominfo.go.id' };
    expect(disclosureFor(at(BANDUNG, 'pendampingan', assigned), BANDUNG, op)).toEqual(BOTH);
    expect(disclosureFor(at(BANDUNG, 'izin_subkoor', assigned), BANDUNG, op)).toEqual(BOTH);
    expect(disclosureFor(at(BANDUNG, 'selesai', assigned), BANDUNG, op)).toEqual(NONE);
    expect(disclosureFor(at(BANDUNG, 'selesai'), BANDUNG, makeActor([], { isAdmin: true }))).toEqual(BOTH);
    expect(disclosureFor(at(BANDUNG, 'kirim_tautan'), null, op)).toEqual(NONE);
  });

  it('another official is not taken for the assigned operator', () => {
    const assigned = { operator: 'budi@diskominfo.go.id' };
    const kadis = makeActor(['kadis']);
    expect(disclosureFor(at(BANDUNG, 'izin_subkoor', assigned), BANDUNG, kadis)).toEqual(NONE);
    // An account whose email Google does not reveal is not "the operator" of a request that has none.
    const unknown = makeActor(['kadis'], { email: '' });
    expect(disclosureFor(at(BANDUNG, 'izin_subkoor'), BANDUNG, unknown)).toEqual(NONE);
    expect(disclosureFor(at(BANDUNG, 'disposisi_kadis'), BANDUNG, unknown)).toEqual(NONE);
  });

  it("a step's own Batalkan gives no access even when it sends a letter or the link itself", () => {
    // A custom flow (sheet Alur SOP) whose cancel sends the applicant a letter: that mail goes by itself.
    const custom: Preset = JSON.parse(JSON.stringify(BANDUNG));
    const step = custom.steps.find((s) => s.id === 'tunjuk_operator')!;
    const cancel = step.actions.find((a) => a.id === 'batalkan')!;
    cancel.effects.push({ kind: 'send_letter' }, { kind: 'send_link' });
    expect(disclosureFor(at(custom, 'tunjuk_operator'), custom, makeActor(['subkoor']))).toEqual(NONE);
  });
});

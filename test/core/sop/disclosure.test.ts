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
    ['Subkoor deciding (rejection mails by itself)', BANDUNG, 'izin_subkoor', ['subkoor'], NONE],
    ['Subkoor assigning the operator', BANDUNG, 'tunjuk_operator', ['subkoor'], NONE],
    ['operator making the meeting', BANDUNG, 'buat_rapat', ['operator'], { contact: false, meeting: true }],
    ['operator sending the link', BANDUNG, 'kirim_tautan', ['operator'], BOTH],
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
});

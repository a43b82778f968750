/**
 * Issue 14, point 5: the FPVC form accepts answers — published, and open to applicants outside
 * the office's domain unless an admin chooses "hanya akun Google kantor" in Pengaturan, which
 * Setup applies through the form's responder permissions (Drive, view 'published').
 */
import { createWorkspace } from '../../../dev/standin';
import { loadProduct, runSetup } from '../../../dev/product';
import { validAnswers } from '../../fixtures/answers';
import { e2eWorld, ADMIN, OFFICE, ok, withoutEmail, type E2E } from '../world';
import type { Result } from '../../../src/shared/rpc';
import type { SaveResultDto, SettingsFormDto } from '../../../src/shared/admin-rpc';

const DOMAIN_ONLY = "You need permission. This form can only be viewed by users in the owner's organization.";
const NOW = new Date('2026-11-23T02:00:00Z');

function answer(e: E2E, respondentEmail: string): () => void {
  return () => {
    e.ws.submitForm(e.formId(), withoutEmail(validAnswers()), { respondentEmail });
  };
}

/** The admin saves the wizard with `formResponders` set, and gets the saved message. */
function chooseResponders(e: E2E, value: string): string {
  e.as(ADMIN);
  const form = ok(e.app.callFromClient<Result<SettingsFormDto>>('getSettingsForm'));
  expect(form.responderChoices.map((c) => c.id)).toEqual(['semua', 'kantor']);
  const saved = ok(
    e.app.callFromClient<Result<SaveResultDto>>('saveSettings', { ...form.fields, formResponders: value }),
  );
  if (!saved.saved) throw new Error(JSON.stringify(saved.errors));
  return saved.message;
}

describe('the FPVC form after Setup', () => {
  it('is published and takes answers from outside the office’s domain, from any Google account', () => {
    const e = e2eWorld('000-bandung', NOW);
    const form = e.ws.forms.byId(e.formId())!;
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([true, true]);
    answer(e, 'siti@disdik.go.id')();
    answer(e, 'andi.pemohon@gmail.com')();
    expect(e.column('Nomor')).toEqual(['VC-2026-0001', 'VC-2026-0002']);
  });

  it('is opened to anyone even where the domain restricts new forms to itself', () => {
    const ws = createWorkspace({ now: NOW, activeUser: OFFICE, effectiveUser: OFFICE });
    ws.acl.restrictFormsToDomain(true);
    const p = loadProduct(ws, OFFICE);
    runSetup(p);
    expect(ws.ui.shown.at(-1)).toContain('Formulir FPVC dapat diisi siapa saja yang punya tautannya.');
    ws.submitForm(p.formId(), withoutEmail(validAnswers()), { respondentEmail: 'siti@disdik.go.id' });
    expect(ws.forms.byId(p.formId())!.getResponses()).toHaveLength(1);
  });
});

describe('"hanya akun Google kantor" chosen in Pengaturan', () => {
  const e = e2eWorld('000-bandung', NOW);

  it('is rejected when it is not one of the choices, with the field named', () => {
    e.as(ADMIN);
    const form = ok(e.app.callFromClient<Result<SettingsFormDto>>('getSettingsForm'));
    expect(form.fields.formResponders).toBe('semua');
    const saved = e.app.callFromClient('saveSettings', { ...form.fields, formResponders: 'publik' });
    expect(saved).toEqual({
      ok: true,
      value: { saved: false, errors: { formResponders: 'Pilih siapa yang boleh mengisi formulir FPVC.' } },
    });
  });

  it('closes the form to outside respondents and keeps it open to the office’s accounts', () => {
    expect(chooseResponders(e, 'kantor')).toContain('Formulir FPVC hanya dapat diisi akun Google kominfo.go.id.');
    expect(() => answer(e, 'siti@disdik.go.id')()).toThrow(DOMAIN_ONLY);
    expect(() => answer(e, 'andi.pemohon@gmail.com')()).toThrow(DOMAIN_ONLY);
    answer(e, 'pegawai@kominfo.go.id')();
    expect(e.column('Nomor')).toEqual(['VC-2026-0001']);
    expect(e.sheet('Pengaturan').find((r) => String(r[0]).startsWith('Formulir FPVC'))?.[1]).toBe('kantor');
  });

  it('saving again changes nothing; choosing "semua" opens the form again', () => {
    expect(chooseResponders(e, 'kantor')).not.toContain('Formulir FPVC');
    expect(chooseResponders(e, 'semua')).toContain('Formulir FPVC dapat diisi siapa saja yang punya tautannya.');
    answer(e, 'siti@disdik.go.id')();
    expect(e.column('Nomor')).toEqual(['VC-2026-0001', 'VC-2026-0002']);
    expect(e.ws.forms.all()).toHaveLength(1);
  });
});

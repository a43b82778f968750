/**
 * Google's 2025 responder model for forms: unpublished after 2026-06-30 until
 * setPublished(true), and answers restricted to the owner's domain when it says so.
 */
import { gas, thrown, type PublishableForm } from './helpers';

const OFFICE = 'layanan@diskominfo.example.go.id';
const BEFORE = new Date('2026-06-30T23:00:00Z');
const AFTER = new Date('2026-07-01T00:00:00Z');
const DOMAIN_ONLY = "You need permission. This form can only be viewed by users in the owner's organization.";

function formAt(now: Date, owner = OFFICE) {
  const g = gas({ now, activeUser: owner, effectiveUser: owner });
  const form = g.FormApp.create('FPVC') as PublishableForm;
  form.addTextItem().setTitle('Nama');
  return { g, form };
}

describe('publishing', () => {
  it('a form a script made before 2026-07-01 is published and answers', () => {
    const { g, form } = formAt(BEFORE);
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([true, true]);
    expect(g.ws.submitForm(form.getId(), { Nama: 'Ani' }).answers).toHaveLength(1);
  });

  it('a form made from 2026-07-01 starts unpublished: no answer is recorded until setPublished(true)', () => {
    const { g, form } = formAt(AFTER);
    expect([form.isPublished(), form.isAcceptingResponses(), form.supportsAdvancedResponderPermissions()]).toEqual([
      false,
      false,
      true,
    ]);
    expect(() => g.ws.submitForm(form.getId(), { Nama: 'Ani' })).toThrow(/belum dipublikasikan/);
    expect(form.getResponses()).toHaveLength(0);
    form.setPublished(true);
    expect(form.isAcceptingResponses()).toBe(true);
    g.ws.submitForm(form.getId(), { Nama: 'Ani' });
    expect(form.getResponses()).toHaveLength(1);
  });

  it('FormApp.create(title, true) publishes at once; setPublished(false) closes the form again', () => {
    const g = gas({ now: AFTER, activeUser: OFFICE, effectiveUser: OFFICE });
    const create = g.FormApp.create as unknown as (title: string, isPublished: boolean) => PublishableForm;
    const form = create.call(g.FormApp, 'FPVC', true);
    form.addTextItem().setTitle('Nama');
    expect(form.isPublished()).toBe(true);
    form.setPublished(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => g.ws.submitForm(form.getId(), { Nama: 'Ani' })).toThrow(/belum dipublikasikan/);
  });

  it('a published form that stopped accepting responses refuses answers', () => {
    const { g, form } = formAt(BEFORE);
    form.setAcceptingResponses(false);
    expect(() => g.ws.submitForm(form.getId(), { Nama: 'Ani' })).toThrow('tidak lagi menerima jawaban');
  });
});

describe('who may answer', () => {
  function restricted() {
    const g = gas({ now: BEFORE, activeUser: OFFICE, effectiveUser: OFFICE });
    g.ws.acl.restrictFormsToDomain(true);
    const form = g.FormApp.create('FPVC') as PublishableForm;
    form.addTextItem().setTitle('Nama');
    const submit = (email: string) => () => g.ws.submitForm(form.getId(), { Nama: 'x' }, { respondentEmail: email });
    return { g, form, submit };
  }

  it('anyone with the link may answer by default', () => {
    const { g, form } = formAt(BEFORE);
    g.ws.submitForm(form.getId(), { Nama: 'Ani' }, { respondentEmail: 'ani@bandung.go.id' });
    expect(form.requiresLogin()).toBe(false);
  });

  it("under a domain policy only the owner's organisation may answer, signed in", () => {
    const { form, submit } = restricted();
    expect(form.requiresLogin()).toBe(true);
    expect(thrown(submit('ani@bandung.go.id')).message).toBe(DOMAIN_ONLY);
    expect(thrown(submit('')).message).toBe(DOMAIN_ONLY);
    submit('budi@diskominfo.example.go.id')();
    expect(form.getResponses()).toHaveLength(1);
  });

  it('a published reader from outside may answer', () => {
    const { form, submit } = restricted();
    form.addPublishedReader('ani@bandung.go.id');
    submit('ani@bandung.go.id')();
    expect(form.getPublishedReaders().map((u) => u.getEmail())).toEqual(['ani@bandung.go.id']);
  });

  it('Drive.Permissions.create(anyone, view published) opens the form to everyone', () => {
    const { g, form, submit } = restricted();
    g.Drive.Permissions.create({ type: 'anyone', role: 'reader', view: 'published' }, form.getId());
    submit('ani@bandung.go.id')();
    expect(form.requiresLogin()).toBe(false);
  });

  it('setRequireLogin(false), the deprecated switch, opens it too', () => {
    const { form, submit } = restricted();
    form.setRequireLogin(false);
    submit('ani@bandung.go.id')();
  });

  it('a consumer account has no organisation to restrict to', () => {
    const g = gas({ now: BEFORE, activeUser: 'kantor@gmail.com', effectiveUser: 'kantor@gmail.com' });
    g.ws.acl.restrictFormsToDomain(true);
    expect(g.FormApp.create('F').requiresLogin()).toBe(false);
  });
});

describe('responders as Drive permissions (view published)', () => {
  function open() {
    const g = gas({ now: BEFORE, activeUser: OFFICE, effectiveUser: OFFICE });
    const form = g.FormApp.create('FPVC') as PublishableForm;
    form.addTextItem().setTitle('Nama');
    const submit = (email: string) => () => g.ws.submitForm(form.getId(), { Nama: 'x' }, { respondentEmail: email });
    const published = () =>
      (g.Drive.Permissions.list(form.getId(), { includePermissionsForView: 'published' }).permissions ?? [])
        .filter((p) => p.view === 'published')
        .map((p) => `${p.id} ${p.type} ${p.role}`);
    return { g, form, submit, published };
  }

  it('are listed only with includePermissionsForView: published; people are always listed', () => {
    const { g, form, published } = open();
    expect(published()).toEqual(['anyoneWithLink anyone reader']);
    const plain = g.Drive.Permissions.list(form.getId()).permissions ?? [];
    expect(plain.map((p) => `${p.type} ${p.role} ${p.emailAddress}`)).toEqual([`user owner ${OFFICE}`]);
  });

  it('are additive: a domain grant restricts nothing until anyoneWithLink is deleted', () => {
    const { g, form, submit, published } = open();
    const domain = OFFICE.split('@')[1];
    g.Drive.Permissions.create({ type: 'domain', domain, role: 'reader', view: 'published' }, form.getId());
    submit('ani@bandung.go.id')();
    expect(published()).toEqual(['anyoneWithLink anyone reader', `domain:${domain} domain reader`]);
    g.Drive.Permissions.remove(form.getId(), 'anyoneWithLink');
    expect(published()).toEqual([`domain:${domain} domain reader`]);
    expect(thrown(submit('ani@bandung.go.id')).message).toBe(DOMAIN_ONLY);
    submit(`budi@${domain}`)();
    expect(form.getResponses()).toHaveLength(2);
  });

  it('deleting an unknown permission is 404', () => {
    const { g, form } = open();
    expect(thrown(() => g.Drive.Permissions.remove(form.getId(), 'domain:lain.go.id')).message).toBe(
      'API call to drive.permissions.delete failed with error: Permission not found: domain:lain.go.id.',
    );
  });
});

/**
 * Who may edit a form and who may answer it. The editor side is the form's ACL (its
 * owner and editors; FormApp opens it for nobody else). The responder side follows
 * Google's 2025 publishing model: a form answers only while published and accepting
 * responses; forms a script creates after 2026-06-30 start unpublished (earlier ones,
 * and `FormApp.create(title, true)`, start published); setPublished supersedes
 * setAcceptingResponses. Who may answer a published form are its responder grants, as
 * Drive lists them with `view: 'published'`: "anyone with the link" and/or "the owner's
 * domain" (additive, like Drive permissions: removing one leaves the other), plus people
 * added with addPublishedReader. A new form gets "anyone", or "domain" under a domain policy;
 * `setRequireLogin(true)` (deprecated) leaves only "domain".
 */
import { type Acl, aclState, currentProject, domainOf, newAcl, roleIn } from './acl';
import type { Ctx } from './context';
import type { GUser } from './gas';
import { DENIED } from './google-errors';
import { emailOf, makeUser } from './session';
import { Shareable } from './sharing';

/** Forms created by a script on or after this instant start unpublished (the Forms API change of 2026-06-30). */
const UNPUBLISHED_FROM_MS = Date.UTC(2026, 6, 1);
/** Consumer accounts have no organisation to restrict responses to. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

type Form = GoogleAppsScript.Forms.Form;
/** Who a published form is open to besides named readers: anyone with the link, or the owner's domain. */
export type ResponderGrant = 'anyone' | 'domain';

export abstract class FormAccess extends Shareable {
  abstract title: string;
  readonly acl: Acl;
  /** The projects that created or opened the form (what a drive.file-only project may see). */
  readonly apps = new Set<string>();
  published: boolean;
  acceptingResponses = true;
  /** Responder grants (Drive permissions with view 'published'), besides the published readers. */
  responderGrants = new Set<ResponderGrant>(['anyone']);
  publishedReaders = new Set<string>();

  constructor(
    protected readonly ctx: Ctx,
    isPublished?: boolean,
  ) {
    super();
    const owner = ctx.user.effective;
    this.acl = newAcl(owner);
    this.apps.add(currentProject(ctx).id);
    this.published = isPublished ?? ctx.clock.now().getTime() < UNPUBLISHED_FROM_MS;
    if (aclState(ctx).formsRestrictedToDomain && !CONSUMER_DOMAINS.has(domainOf(owner)))
      this.responderGrants = new Set(['domain']);
  }

  protected get sharingCtx(): Ctx {
    return this.ctx;
  }
  protected shareDenied(): Error {
    return this.ctx.fail(DENIED.formNoAccess);
  }
  private self(): Form {
    return this as unknown as Form;
  }

  setPublished(enabled: boolean): Form {
    this.published = enabled === true;
    this.acceptingResponses = this.published;
    return this.self();
  }
  isPublished(): boolean {
    return this.published;
  }
  supportsAdvancedResponderPermissions(): boolean {
    return true;
  }
  setAcceptingResponses(enabled: boolean): Form {
    this.acceptingResponses = enabled;
    return this.self();
  }
  isAcceptingResponses(): boolean {
    return this.published && this.acceptingResponses;
  }
  /** Deprecated in the reference ("DO NOT USE"); kept with its old meaning: restrict answers to the owner's domain. */
  setRequireLogin(requireLogin: boolean): Form {
    this.responderGrants = new Set([requireLogin ? 'domain' : 'anyone']);
    return this.self();
  }
  requiresLogin(): boolean {
    return !this.responderGrants.has('anyone');
  }

  addPublishedReader(user: string | GUser): Form {
    return this.addPublishedReaders([emailOf(this.ctx, user)]);
  }
  addPublishedReaders(emailAddresses: string[]): Form {
    for (const e of emailAddresses) if (!roleIn(this.acl, e)) this.publishedReaders.add(e);
    return this.self();
  }
  removePublishedReader(user: string | GUser): Form {
    this.publishedReaders.delete(emailOf(this.ctx, user));
    return this.self();
  }
  getPublishedReaders(): GUser[] {
    return [...this.publishedReaders].map((e) => makeUser(this.ctx, e));
  }

  /** Throws (test-side, in Indonesian where Google shows no text) unless `respondent` ('' = not signed in) may answer now. */
  checkRespondent(respondent: string): void {
    if (!this.published)
      throw new Error(`Formulir "${this.title}" belum dipublikasikan (setPublished): responden tidak bisa membukanya.`);
    if (!this.acceptingResponses) throw new Error(`Formulir "${this.title}" tidak lagi menerima jawaban.`);
    if (this.responderGrants.has('anyone') || roleIn(this.acl, respondent) || this.publishedReaders.has(respondent))
      return;
    if (this.responderGrants.has('domain') && respondent && domainOf(respondent) === domainOf(this.acl.owner)) return;
    throw new Error(DENIED.formDomainOnly);
  }
}

/**
 * Form publishing (Google Forms, 2025): documented on the Form class but not yet in
 * @types/google-apps-script 2.0. Forms a script creates after 2026-06-30 start unpublished
 * and take no answers until published.
 * @see https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
 */
declare namespace GoogleAppsScript {
  namespace Forms {
    interface Form {
      isPublished(): boolean;
      setPublished(enabled: boolean): Form;
      supportsAdvancedResponderPermissions(): boolean;
    }
  }
}

/**
 * What the build baked into this bundle: the product version (git short sha) and the scopes
 * this project's manifest asks for. Outside a webpack build (unit tests) both are unknown.
 */

/** The version this bundle was built from, e.g. '0.1.0+6cdd1a7'; 'pengembangan' outside a build. */
export function productVersion(): string {
  return typeof __VICON_VERSION__ === 'string' ? __VICON_VERSION__ : 'pengembangan';
}

/** The OAuth scopes this project's manifest asks for ([] outside a build). */
export function manifestScopes(): string[] {
  return typeof __VICON_SCOPES__ !== 'undefined' && Array.isArray(__VICON_SCOPES__) ? [...__VICON_SCOPES__] : [];
}

/**
 * Constants webpack's DefinePlugin writes into each bundle (webpack.config.js): the git short
 * sha the bundle was built from, and the OAuth scopes of that project's own manifest.
 */
declare const __VICON_VERSION__: string;
declare const __VICON_SCOPES__: string[];

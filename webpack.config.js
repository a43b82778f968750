/**
 * Builds the two Apps Script projects from one source tree:
 *   dist/engine/Code.js  the office account's standalone project (web app, triggers, effects)
 *   dist/panel/Code.js   the project bound to the spreadsheet (menu, sidebar; reads, forwards)
 * each beside its own appsscript.json. gas-webpack-plugin turns every `global.name = fn` in an
 * entry into a top-level `function name()` that Apps Script (and google.script.run) can call.
 * Production mode is required: development mode wraps modules in eval().
 */
const path = require('path');
const fs = require('fs');
const GasPlugin = require('gas-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');

/** Emits the project's manifest beside its Code.js. */
const copyManifest = (from) => ({
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyManifest', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyManifest', stage: 0 }, () => {
        const src = fs.readFileSync(path.join(__dirname, from));
        compilation.emitAsset('appsscript.json', new compiler.webpack.sources.RawSource(src));
      });
    });
  },
});

/** The product version baked into each bundle: package version + git short sha (the report names it). */
const version = (() => {
  const pkg = require('./package.json').version;
  try {
    const sha = require('child_process').execSync('git rev-parse --short HEAD', {
      cwd: __dirname,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return `${pkg}+${String(sha).trim()}`;
  } catch {
    return pkg;
  }
})();

/** Build constants of one project: its version and its manifest's scopes (see src/types/build.d.ts). */
const buildConstants = (name, webpack) =>
  new webpack.DefinePlugin({
    __VICON_VERSION__: JSON.stringify(version),
    __VICON_SCOPES__: JSON.stringify(
      JSON.parse(fs.readFileSync(path.join(__dirname, 'src', name, 'appsscript.json'), 'utf8')).oauthScopes ?? [],
    ),
  });

const project = (name) => ({
  name,
  mode: 'production',
  context: __dirname,
  entry: `./src/${name}/main.ts`,
  output: { path: path.join(__dirname, 'dist', name), filename: 'Code.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2019' } }],
  },
  optimization: {
    concatenateModules: true,
    minimize: true,
    // Dead code removed (unused library functions), names kept for readable Apps Script stack traces.
    minimizer: [
      new TerserPlugin({
        extractComments: false,
        terserOptions: {
          ecma: 2019,
          mangle: false,
          keep_fnames: true,
          keep_classnames: true,
          compress: { passes: 2 },
        },
      }),
    ],
  },
  performance: { hints: false },
  devtool: false,
  plugins: [
    new GasPlugin({ autoGlobalExportsFiles: [] }),
    copyManifest(`src/${name}/appsscript.json`),
    buildConstants(name, require('webpack')),
  ],
});

module.exports = [project('engine'), project('panel')];

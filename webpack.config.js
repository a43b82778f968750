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
  plugins: [new GasPlugin({ autoGlobalExportsFiles: [] }), copyManifest(`src/${name}/appsscript.json`)],
});

module.exports = [project('engine'), project('panel')];

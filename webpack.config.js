/**
 * Builds src/main.ts into one Apps Script file, dist/Code.js.
 * gas-webpack-plugin turns every `global.name = fn` in the entry into a
 * top-level `function name()` that Apps Script (and google.script.run) can call.
 * Production mode is required: development mode wraps modules in eval().
 */
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const CopyManifest = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyManifest', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyManifest', stage: 0 }, () => {
        const src = require('fs').readFileSync(path.join(__dirname, 'appsscript.json'));
        compilation.emitAsset('appsscript.json', new compiler.webpack.sources.RawSource(src));
      });
    });
  },
};
module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/main.ts',
  output: { path: path.join(__dirname, 'dist'), filename: 'Code.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2019' } }],
  },
  optimization: {
    concatenateModules: true,
    minimize: true,
    // Whitespace and syntax only: names stay readable in Apps Script stack traces.
    minimizer: [new EsbuildPlugin({ target: 'es2019', minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: false, legalComments: 'none', format: undefined })],
  },
  performance: { hints: false },
  devtool: false,
  plugins: [new GasPlugin({ autoGlobalExportsFiles: [] }), CopyManifest],
};

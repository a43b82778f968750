/**
 * Builds src/main.ts into one Apps Script file, dist/Code.js.
 * gas-webpack-plugin turns every `global.name = fn` in the entry into a
 * top-level `function name()` that Apps Script (and google.script.run) can call.
 * Production mode is required: development mode wraps modules in eval().
 */
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
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
    // Dead code removed (unused library functions), names kept for readable Apps Script stack traces.
    minimizer: [
      new TerserPlugin({
        extractComments: false,
        terserOptions: { ecma: 2019, mangle: false, keep_fnames: true, keep_classnames: true, compress: { passes: 2 } },
      }),
    ],
  },
  performance: { hints: false },
  devtool: false,
  plugins: [new GasPlugin({ autoGlobalExportsFiles: [] }), CopyManifest],
};

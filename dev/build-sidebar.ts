/**
 * Builds the officials' sidebar into ONE self-contained file, dist/panel/Sidebar.html (the panel project serves it):
 * src/ui/main.ts bundled by esbuild (iife, es2019, minified) and src/ui/sidebar.css,
 * both inlined into the src/ui/sidebar.html shell. Run by `npm run build` after webpack.
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const CSS_PLACEHOLDER = '/*__SIDEBAR_CSS__*/';
const JS_PLACEHOLDER = '//__SIDEBAR_JS__';
/** The built file must stay small: Apps Script serves it on every sidebar open. */
export const MAX_SIDEBAR_BYTES = 150 * 1024;

/** Options of buildSidebar; paths default to the repository's. */
export interface BuildSidebarOptions {
  outFile?: string;
  entry?: string;
  cssFile?: string;
  shellFile?: string;
}

/** Makes JS safe inside <script>…</script>: no `</script` and no `<!--` can end or confuse it. */
export function escapeInlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Makes CSS safe inside <style>…</style>. */
export function escapeInlineStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** Puts `css` and `js` into `shell` in place of the placeholders; each must occur exactly once. */
export function inlineIntoShell(shell: string, css: string, js: string): string {
  for (const placeholder of [CSS_PLACEHOLDER, JS_PLACEHOLDER]) {
    if (shell.split(placeholder).length !== 2) {
      throw new Error(`sidebar.html harus memuat ${placeholder} tepat satu kali.`);
    }
  }
  return shell
    .replace(CSS_PLACEHOLDER, () => escapeInlineStyle(css))
    .replace(JS_PLACEHOLDER, () => escapeInlineScript(js));
}

async function bundleJs(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    write: false,
    legalComments: 'none',
    tsconfig: path.join(ROOT, 'tsconfig.ui.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0].text.trim();
}

/**
 * Builds dist/panel/Sidebar.html (or `outFile`) and returns its path and size in bytes.
 * Throws when the bundle fails or the file exceeds MAX_SIDEBAR_BYTES.
 */
export async function buildSidebar(options: BuildSidebarOptions = {}): Promise<{ outFile: string; bytes: number }> {
  const outFile = options.outFile ?? path.join(ROOT, 'dist', 'panel', 'Sidebar.html');
  const js = await bundleJs(options.entry ?? path.join(ROOT, 'src', 'ui', 'main.ts'));
  const rawCss = fs.readFileSync(options.cssFile ?? path.join(ROOT, 'src', 'ui', 'sidebar.css'), 'utf8');
  const css = (await esbuild.transform(rawCss, { loader: 'css', minify: true, target: 'chrome90' })).code.trim();
  const shell = fs.readFileSync(options.shellFile ?? path.join(ROOT, 'src', 'ui', 'sidebar.html'), 'utf8');
  const html = inlineIntoShell(shell, css, js);
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_SIDEBAR_BYTES) {
    throw new Error(`Sidebar.html terlalu besar: ${bytes} byte (batas ${MAX_SIDEBAR_BYTES}).`);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, html);
  return { outFile, bytes };
}

if (require.main === module) {
  buildSidebar().then(
    ({ outFile, bytes }) =>
      console.log(`${path.relative(ROOT, outFile)}: ${(bytes / 1024).toFixed(1)} KB (${bytes} byte)`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}

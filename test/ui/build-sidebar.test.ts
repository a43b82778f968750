import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSidebar, escapeInlineScript, inlineIntoShell, MAX_SIDEBAR_BYTES } from '../../dev/build-sidebar';

describe('inlining', () => {
  test('escapeInlineScript neutralises </script and <!-- in any case', () => {
    expect(escapeInlineScript('a="</script><!--";b="</SCRIPT>"')).toBe('a="<\\/script><\\!--";b="<\\/SCRIPT>"');
  });
  test('inlineIntoShell keeps $-patterns literally and refuses a shell without placeholders', () => {
    const shell = '<style>/*__SIDEBAR_CSS__*/</style><script>//__SIDEBAR_JS__\n</script>';
    expect(inlineIntoShell(shell, 'a{b:c}', 'x="$&$1"')).toBe('<style>a{b:c}</style><script>x="$&$1"\n</script>');
    expect(() => inlineIntoShell('<script></script>', '', '')).toThrow(
      'sidebar.html harus memuat /*__SIDEBAR_CSS__*/ tepat satu kali.',
    );
  });
});

describe('buildSidebar', () => {
  test('writes one self-contained HTML file: inlined CSS and JS, one closing script tag, under the size limit', async () => {
    const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sidebar-')), 'Sidebar.html');
    const { bytes } = await buildSidebar({ outFile });
    const html = fs.readFileSync(outFile, 'utf8');
    expect(bytes).toBe(Buffer.byteLength(html));
    expect(bytes).toBeLessThan(MAX_SIDEBAR_BYTES);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('__SIDEBAR_');
    expect(html).toContain('.task-open');
    expect(html).toContain('getSidebarState');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/\.innerHTML\s*=/);
  });
});

/** The playground page's CSS (plain, readable, no framework). */
export const PAGE_CSS = `
body { font-family: system-ui, sans-serif; margin: 0; color: #202124; background: #f8f9fa; font-size: 14px; }
header { padding: 12px 16px; background: #fff; border-bottom: 1px solid #dadce0; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 16px 0 8px; } h3 { font-size: 15px; margin: 12px 0 6px; }
.note { margin: 4px 0; color: #5f6368; } .gray { color: #5f6368; }
.notice { padding: 8px; border-radius: 4px; } .notice.info { background: #e6f4ea; } .notice.error { background: #fce8e6; color: #a50e0e; }
.controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-top: 8px; }
form.inline, .inline { display: inline-flex; gap: 6px; align-items: center; }
button { cursor: pointer; padding: 4px 10px; } button.danger { color: #a50e0e; }
.layout { display: flex; gap: 16px; padding: 16px; align-items: flex-start; }
.panel-col { flex: 0 0 300px; position: sticky; top: 8px; }
#sidebar { width: 300px; height: 900px; border: 1px solid #dadce0; background: #fff; }
.content { flex: 1; min-width: 0; }
.scroll { overflow-x: auto; max-height: 420px; overflow-y: auto; background: #fff; border: 1px solid #dadce0; }
table { border-collapse: collapse; font-size: 12px; background: #fff; }
th, td { border: 1px solid #e0e0e0; padding: 3px 6px; text-align: left; vertical-align: top; max-width: 260px;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
th { background: #f1f3f4; position: sticky; top: 0; }
.mail { background: #fff; border: 1px solid #dadce0; margin: 4px 0; padding: 4px 8px; }
.mail-body { width: 100%; border: 1px solid #eee; background: #fff; white-space: pre-wrap; }
pre.mail-body { height: auto; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0; }
.chart { background: #fff; border: 1px solid #dadce0; padding: 8px; margin: 0; min-width: 280px; flex: 1; }
.chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart ul { list-style: none; margin: 0; padding: 0; }
.chart li { display: grid; grid-template-columns: 160px 1fr 48px; gap: 6px; align-items: center; font-size: 12px; }
.chart-bar { display: block; height: 12px; background: #1a73e8; min-width: 1px; }
.chart-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.fpvc .field, #ubah-jawaban .field { display: grid; grid-template-columns: 220px 1fr; gap: 6px; margin: 4px 0; max-width: 700px; }
h3.today { color: #1a73e8; }
`;

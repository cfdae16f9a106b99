/** Styles of the report: everything inline, so the page is one self-contained file. */
export const STYLE = `
:root { color-scheme: light; --ink: #1d2327; --muted: #66717a; --line: #d9dee2; --removed: #b3261e; --moved: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f7f8; }
header.page { padding: 20px 28px 12px; background: #fff; border-bottom: 1px solid var(--line); }
header.page h1 { margin: 0 0 4px; font-size: 22px; }
header.page p { margin: 4px 0; color: var(--muted); }
.legend span { margin-right: 14px; }
.controls { margin-top: 8px; }
main { padding: 8px 28px 40px; }
table.summary { border-collapse: collapse; background: #fff; margin: 12px 0 20px; width: 100%; }
table.summary th, table.summary td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; font-size: 14px; }
article.doc { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 18px 0; padding: 16px 20px; }
article.doc > h2 { margin: 0 0 10px; font-size: 18px; }
article.doc > h2 small { color: var(--muted); font-weight: normal; margin-left: 8px; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
.columns > section { min-width: 0; }
.columns h3.side { margin: 0 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.original { white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #fbfbfc; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.cut.removed { color: #8a9096; text-decoration: line-through; text-decoration-color: var(--removed); background: #fdf0ef; }
.cut.moved { background: #eaf2fb; box-shadow: inset 0 -1px 0 var(--moved); }
.reason { display: inline-block; margin: 0 4px; padding: 0 6px; border-radius: 9px; font: 11px/16px system-ui, sans-serif; vertical-align: 1px; white-space: nowrap; }
.reason.removed { background: var(--removed); color: #fff; }
.reason.moved { background: var(--moved); color: #fff; }
mark.fix { background: #ffe066; color: inherit; border-radius: 2px; padding: 0 1px; cursor: help; }
mark.fix.empty { background: #ffb703; }
mark.fix sup { font: 9px system-ui, sans-serif; color: #7a5b00; margin-left: 1px; }
mark.fix.hot { outline: 2px solid #e85d04; }
.clean h3.title { margin: 0 0 6px; font-size: 19px; }
.clean .subtitle { color: #3c4650; font-style: italic; margin-top: 0; }
.clean h4 { margin: 14px 0 4px; }
.clean p { margin: 0 0 10px; }
.repairs { margin-top: 14px; }
.repairs ul { list-style: none; margin: 0; padding: 0; font-size: 13px; columns: 2 28em; }
.repairs li { margin: 0 0 3px; break-inside: avoid; }
.repairs code { font-size: 12px; }
.repairs .why { color: var(--muted); margin-left: 8px; }
.details { display: grid; grid-template-columns: minmax(260px, 1fr) 1fr; gap: 20px; margin-top: 14px; }
table.meta { border-collapse: collapse; width: 100%; font-size: 13px; }
table.meta th { text-align: left; color: var(--muted); font-weight: normal; padding: 2px 10px 2px 0; vertical-align: top; width: 7em; }
table.meta td { padding: 2px 0; }
.entities h4 { margin: 0 0 4px; font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.entities ul { margin: 0 0 10px; padding-left: 18px; font-size: 13px; }
.aliases, .none { color: var(--muted); }
.error { color: var(--removed); }
body.hide-removed .cut.removed, body.hide-removed .reason.removed { display: none; }
@media (max-width: 900px) { .columns, .details { grid-template-columns: 1fr; } }
`;

/**
 * Runs first: counts script errors on the root element (`data-script-errors`) so a headless browser's DOM dump
 * shows whether the page's script ran cleanly.
 */
export const ERROR_PROBE = `
document.documentElement.dataset.scriptErrors = '0';
window.addEventListener('error', function () {
  var root = document.documentElement;
  root.dataset.scriptErrors = String(Number(root.dataset.scriptErrors) + 1);
});`;

/** The page's behaviour: hide removed text on request, and light up both copies of a repair on hover. */
export const SCRIPT = `
(function () {
  var toggle = document.getElementById('hide-removed');
  toggle.addEventListener('change', function () { document.body.classList.toggle('hide-removed', toggle.checked); });
  document.querySelectorAll('article.doc').forEach(function (doc) {
    function light(on) {
      return function (event) {
        var mark = event.target.closest('mark.fix');
        if (!mark) return;
        doc.querySelectorAll('mark.fix[data-fix="' + mark.dataset.fix + '"]').forEach(function (m) { m.classList.toggle('hot', on); });
      };
    }
    doc.addEventListener('mouseover', light(true));
    doc.addEventListener('mouseout', light(false));
  });
  document.documentElement.dataset.ready = 'true';
})();`;

/** No network, no plug-ins: the report only needs its own inline styles and script. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

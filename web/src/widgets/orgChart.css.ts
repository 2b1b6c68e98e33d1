/** The org chart's styles, inside its shadow root: the host page's CSS cannot reach in, nor ours out. */
export const orgChartCss = `
:host { display: block; font: max(14px, 0.875rem)/1.4 system-ui, sans-serif; color: #1d2733; --accent: #0b5cab; --muted: #5b6673; }
:host([hidden]) { display: none; }
.chart { border: 1px solid #c9d1da; border-radius: 6px; padding: 12px 14px; background: #fff; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; }
.title { font-size: 1.1em; margin: 0; flex: 1 1 auto; }
.when { display: flex; align-items: center; gap: 6px; }
.when button { font: inherit; min-width: 24px; min-height: 24px; padding: 2px 8px; border: 1px solid #9aa6b2; background: #f4f6f8; border-radius: 4px; cursor: pointer; }
input[type=date] { font: inherit; padding: 2px 4px; }
.help { flex-basis: 100%; margin: 0; color: var(--muted); font-size: 0.85em; }
.status { margin: 6px 0; color: var(--muted); font-size: 0.9em; }
.status.error { color: #a4141c; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.retry { font: inherit; min-height: 24px; padding: 2px 10px; border: 1px solid #9aa6b2; background: #f4f6f8; border-radius: 4px; cursor: pointer; }
ul.tree, ul[role=group] { list-style: none; margin: 0; padding: 0; }
ul[role=group] { margin-left: 14px; padding-left: 12px; border-left: 1px solid #d6dde4; }
li.node { margin: 4px 0; outline: none; }
/* :where() keeps the base box at (0,1,0), so the kind and certainty rules below (0,2,0) override it. */
:where(li.node) > .box { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; padding: 4px 8px; border: 1px solid #c9d1da; border-radius: 4px; background: #f9fbfc; }
li.node:focus-visible > .box { outline: 3px solid var(--accent); outline-offset: 1px; }
li.node[aria-selected=true] > .box { border-color: var(--accent); }
.kind { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.label { font-weight: 600; }
/* Long Swedish compounds ("programstyrgruppsordförande") break rather than push a narrow page sideways. */
.label, .role, .why { overflow-wrap: anywhere; hyphens: auto; }
/* While another date loads, the chart shown is the previous one: dimmed, so it is not read as current. */
:host([aria-busy=true]) .body { opacity: 0.45; transition: opacity 0.15s; }
.kind-post > .box { background: #eef4fb; }
.kind-holder > .box, .kind-member > .box { background: #fff; }
.kind-vacancy > .box { border-style: dashed; background: #fff8e6; }
.kind-vacancy > .box .label { font-style: italic; font-weight: 500; }
.uncertain > .box { border-style: dashed; }
.mark { font-size: 0.8em; border-radius: 3px; padding: 0 4px; text-decoration: none; }
.tf { background: #ffe7a3; color: #5a3d00; font-weight: 700; }
.sub { background: #e4ddff; }
.uncertain-mark { background: #eceff2; color: #3c4650; border: 1px dashed #7b8794; }
.paused-mark { background: #fde2e1; color: #7a1f1a; }
.role { color: var(--muted); font-size: 0.9em; }
.why { color: var(--muted); font-size: 0.85em; font-style: italic; }
/* Touch targets at least 24 × 24 px (WCAG 2.2, 2.5.8). */
.twisty { min-width: 24px; min-height: 24px; display: inline-flex; align-items: center; justify-content: center; align-self: center; cursor: pointer; color: var(--muted); }
.twisty::before { content: "▸"; }
li[aria-expanded=true] > .box .twisty::before { content: "▾"; }
.twisty.leaf { cursor: default; }
.twisty.leaf::before { content: "•"; }
.source-button { margin-left: auto; font: inherit; font-size: 0.85em; min-height: 24px; border: 1px solid #9aa6b2; border-radius: 4px; background: #fff; cursor: pointer; padding: 0 8px; }
.sources { margin: 4px 0 6px 18px; padding: 6px 10px; border-left: 3px solid var(--accent); background: #f4f7fa; font-size: 0.9em; }
.sources blockquote { margin: 0 0 6px; }
.sources p { margin: 0; }
.sources footer { color: var(--muted); font-size: 0.95em; }
@media (prefers-reduced-motion: no-preference) { :where(li.node) > .box { transition: border-color .15s; } }
`;

/** The agreement timeline's styles, inside its shadow root. Vague dates: a dashed, hollow marker. */
export const timelineCss = `
:host { display: block; font: max(14px, 0.875rem)/1.45 system-ui, sans-serif; color: #1d2733; --accent: #0b5cab; --muted: #5b6673; }
:host([hidden]) { display: none; }
.timeline-widget { border: 1px solid #c9d1da; border-radius: 6px; padding: 12px 16px; background: #fff; }
.title { font-size: 1.1em; margin: 0 0 8px; }
.section-title { font-size: 1em; margin: 14px 0 6px; }
.status { color: var(--muted); }
.status.error { color: #a4141c; }
.retry { font: inherit; min-height: 24px; padding: 2px 10px; border: 1px solid #9aa6b2; background: #f4f6f8; border-radius: 4px; cursor: pointer; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.parties { list-style: none; margin: 0; padding: 0; }
.party-role { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.state { margin-top: 10px; padding: 8px 12px; border-radius: 4px; border: 1px solid #c9d1da; background: #f4f7fa; }
.state p { margin: 0; }
.state.state-in_force { border-color: #2e7d32; background: #eef7ef; }
.state.state-paused, .state.state-under_notice { border-color: #b26a00; background: #fff6e5; }
.state.state-ended { border-color: #7b8794; background: #f1f2f4; }
.state.uncertain { border-style: dashed; }
.explanation { color: var(--muted); font-size: 0.9em; }
ol.history { list-style: none; margin: 0; padding: 0 0 0 18px; border-left: 2px solid #c9d1da; }
.entry { position: relative; margin: 0 0 12px; padding-left: 12px; }
.marker { position: absolute; left: -26px; top: 4px; width: 12px; height: 12px; border-radius: 50%; background: var(--accent); border: 2px solid var(--accent); box-sizing: border-box; }
.entry.approximate .marker { background: #fff; border-style: dashed; }
.entry.undated .marker { background: #fff; border-color: #9aa6b2; }
.when { margin: 0; font-size: 0.9em; color: var(--muted); }
.entry.approximate time { font-style: italic; border-bottom: 1px dashed #7b8794; }
.approx-note { margin-left: 6px; font-size: 0.85em; }
.kind { font-size: 0.9em; text-transform: uppercase; letter-spacing: 0.04em; margin-left: 6px; }
.entry-title { margin: 0; font-weight: 600; }
.summary { margin: 2px 0; }
blockquote { margin: 4px 0; padding: 2px 10px; border-left: 3px solid #d6dde4; font-size: 0.9em; }
blockquote p { margin: 0; }
blockquote footer { color: var(--muted); font-size: 0.95em; }
details summary { cursor: pointer; font-size: 0.9em; color: var(--accent); min-height: 24px; display: flex; align-items: center; }
details summary:focus-visible { outline: 3px solid var(--accent); }
`;

// The tooltip's look, inside its shadow root: the page's styles cannot reach
// it, and it follows the reader's light or dark preference.
export const TOOLTIP_CSS = `
.tip {
  position: fixed; box-sizing: border-box; max-width: min(360px, calc(100vw - 8px)); padding: 10px 12px;
  border-radius: 8px; border: 1px solid rgb(0 0 0 / 0.12); background: #fffdf7; color: #1f2328;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  text-align: start; white-space: normal; overflow-wrap: anywhere; pointer-events: auto;
}
.tip[hidden] { display: none; }
.head { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; margin-bottom: 4px; }
.term { font-weight: 600; font-size: 14px; }
.tags { display: inline-flex; gap: 4px; flex: none; }
.tag { font-size: 11px; padding: 0 6px; border-radius: 999px; background: rgb(0 0 0 / 0.06); color: #57606a; }
.category { font-size: 11px; color: #57606a; margin-bottom: 2px; }
.definition, .translation { margin: 0 0 6px; }
.translation { color: #57606a; }
.translation .tag { margin-inline-end: 6px; }
.link { color: #0b57d0; text-decoration: underline; }
.actions { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; }
.known {
  font: inherit; font-size: 12px; padding: 2px 8px; border-radius: 6px; cursor: pointer;
  border: 1px solid rgb(0 0 0 / 0.25); background: transparent; color: inherit;
}
.known:hover { background: rgb(0 0 0 / 0.06); }
.known:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .tip { background: #22272e; color: #e6edf3; border-color: rgb(255 255 255 / 0.14); }
  .tag { background: rgb(255 255 255 / 0.1); color: #adbac7; }
  .category, .translation { color: #adbac7; }
  .link { color: #8ab4f8; }
  .known { border-color: rgb(255 255 255 / 0.3); }
  .known:hover { background: rgb(255 255 255 / 0.08); }
  .known:focus-visible { outline-color: #8ab4f8; }
}
`

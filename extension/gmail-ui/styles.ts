// Styles live inside the closed shadow root, so Gmail's CSS cannot reach the button and ours
// cannot leak into Gmail. Set through a <style> element's text, never through markup.

export const SHADOW_CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle; margin: 0 4px; }
.relais-button {
  font: 500 13px/18px "Google Sans", Roboto, Arial, sans-serif;
  color: #0b57d0; background: #fff; border: 1px solid #c4c7c5; border-radius: 16px;
  padding: 3px 12px; cursor: pointer; white-space: nowrap;
}
.relais-button:hover { background: #f0f4f9; }
.relais-button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.relais-button[aria-busy="true"] { opacity: 0.8; cursor: progress; }
.relais-notice {
  position: absolute; top: calc(100% + 6px); right: 0; z-index: 1000; width: 300px;
  box-sizing: border-box; padding: 12px; background: #fff; color: #1f1f1f;
  border: 1px solid #c4c7c5; border-radius: 8px; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
  font: 400 13px/18px "Google Sans", Roboto, Arial, sans-serif; white-space: normal; text-align: left;
}
.relais-notice p { margin: 0 0 8px; }
.relais-notice button {
  display: block; width: 100%; margin-top: 6px; padding: 6px 8px; text-align: left; cursor: pointer;
  font: inherit; color: #0b57d0; background: #f0f4f9; border: 0; border-radius: 4px;
}
.relais-notice button.relais-dismiss { color: #444746; background: transparent; }
:host(.relais-toast) { position: fixed; top: 72px; right: 24px; z-index: 2147483647; }
:host(.relais-toast) .relais-notice { position: static; }
`

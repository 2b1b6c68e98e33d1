/**
 * What an iframe page (/widgets/org-chart?…, /widgets/agreement-timeline?…)
 * does around its one widget: the browser tab and the frame's accessible
 * page title name what is shown ("Program Millennium, 11 Apr 2025 —
 * Organisation chart — Beslutsgraf"), and the host page is told the page's
 * height whenever it changes (`{type: "beslutsgraf-height", widget, height}`
 * by postMessage), so it can size the frame without an inner scrollbar.
 */
export function asFramePage(el: HTMLElement, widget: string, kind: string): void {
  const base = `${kind} — Beslutsgraf`;
  el.addEventListener("beslutsgraf-rendered", () => {
    const title = el.shadowRoot?.querySelector(".title")?.textContent?.trim();
    document.title = title ? `${title} — ${base}` : base;
  });
  if (window.parent === window) return;
  let last = -1;
  const tell = () => {
    // The content's height, not scrollHeight, which is never less than the frame's own height.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height alone, to whichever page framed this one: nothing else leaves.
    window.parent.postMessage({ type: "beslutsgraf-height", widget, height }, "*");
  };
  new ResizeObserver(tell).observe(document.body);
}

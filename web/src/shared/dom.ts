/**
 * The one way widgets build DOM: every string becomes a text node or an
 * attribute value, never markup, so names and quotes from the API (or a URL
 * parameter) cannot inject HTML. There is no innerHTML anywhere in web/src.
 */
export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.class) el.className = props.class;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [type, handler] of Object.entries(props?.on ?? {})) {
    el.addEventListener(type, handler as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's content with text only. */
export function setText(el: Element, text: string): void {
  el.textContent = text;
}

/** A shadow root with the widget's stylesheet (styles stay inside the widget). */
export function shadowWithStyles(host: HTMLElement, css: string): ShadowRoot {
  const root = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  return root;
}

/**
 * Text from the graph (names, titles, roles, quotes) is Swedish, the widgets'
 * own words English (the pages are lang="en"): this marks it, so a screen
 * reader reads it with Swedish rules.
 */
export const SWEDISH = { lang: "sv" } as const;

/**
 * A widget's own words are English: its root says so, since an intranet page
 * around it is likely lang="sv" and a screen reader would read them with Swedish rules.
 */
export const ENGLISH = { lang: "en" } as const;

export function sv(text: string, className?: string): HTMLSpanElement {
  return h("span", { class: className, attrs: SWEDISH }, text);
}

/** A "Try again" button after a load that failed for a reason that may pass (the API down, the network). */
export function retryButton(retry: () => void): HTMLButtonElement {
  return h("button", { class: "retry", attrs: { type: "button" }, on: { click: () => retry() } }, "Try again");
}

/**
 * Keyboard and focus for an ARIA tree (WAI-ARIA APG "tree view"): one item in
 * the tab order at a time (roving tabindex); Up/Down move between visible
 * items, Right opens a branch or enters it, Left closes it or goes to the
 * parent, Home/End jump, Enter or Space shows or hides the item's sources.
 */
export class TreeKeyboard {
  private current: HTMLElement | undefined;

  /** `announce` tells a screen reader what showing or hiding sources did (focus stays put, so nothing else would). */
  constructor(
    private readonly tree: HTMLElement,
    private readonly announce: (text: string) => void = () => undefined,
  ) {
    tree.addEventListener("keydown", (e) => this.onKey(e));
    tree.addEventListener("click", (e) => {
      const item = (e.target as Element).closest<HTMLElement>('[role="treeitem"]');
      if (item) this.focus(item);
    });
  }

  /** Puts the first item in the tab order; moves focus there only when asked. */
  focusFirst(takeFocus: boolean): void {
    const first = this.visible()[0];
    if (first) this.focus(first, takeFocus);
  }

  toggle(item: HTMLElement, open?: boolean): void {
    const group = this.group(item);
    if (!group) return;
    const next = open ?? item.getAttribute("aria-expanded") !== "true";
    item.setAttribute("aria-expanded", String(next));
    group.hidden = !next;
  }

  toggleSources(item: HTMLElement): void {
    const panel = item.querySelector<HTMLElement>(":scope > .sources");
    if (!panel) return;
    panel.hidden = !panel.hidden;
    // Described by its sources only while they are shown, so a screen reader reads them on demand.
    if (panel.hidden) item.removeAttribute("aria-describedby");
    else item.setAttribute("aria-describedby", panel.id);
    item.classList.toggle("showing-sources", !panel.hidden);
    const quotes = panel.querySelectorAll("blockquote").length;
    const what = item.getAttribute("aria-label") ?? "this box";
    this.announce(panel.hidden ? `Sources hidden: ${what}` : `${quotes === 0 ? "No source recorded" : quotes === 1 ? "1 source shown" : `${quotes} sources shown`}: ${what}`);
  }

  private group(item: HTMLElement): HTMLElement | null {
    return item.querySelector<HTMLElement>(':scope > [role="group"]');
  }

  private visible(): HTMLElement[] {
    return Array.from(this.tree.querySelectorAll<HTMLElement>('[role="treeitem"]')).filter(
      (item) => !item.parentElement?.closest('[role="group"][hidden]'),
    );
  }

  private focus(item: HTMLElement, takeFocus = true): void {
    if (this.current && this.current !== item) {
      this.current.tabIndex = -1;
      this.current.setAttribute("aria-selected", "false");
    }
    this.current = item;
    item.tabIndex = 0;
    item.setAttribute("aria-selected", "true");
    if (takeFocus) item.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const item = (e.target as Element).closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    const items = this.visible();
    const index = items.indexOf(item);
    const expanded = item.getAttribute("aria-expanded");
    let handled = true;
    switch (e.key) {
      case "ArrowDown":
        if (items[index + 1]) this.focus(items[index + 1]!);
        break;
      case "ArrowUp":
        if (index > 0) this.focus(items[index - 1]!);
        break;
      case "ArrowRight":
        if (expanded === "false") this.toggle(item, true);
        else if (expanded === "true") {
          const child = this.group(item)?.querySelector<HTMLElement>('[role="treeitem"]');
          if (child) this.focus(child);
        }
        break;
      case "ArrowLeft":
        if (expanded === "true") this.toggle(item, false);
        else {
          const parent = item.parentElement?.closest<HTMLElement>('[role="treeitem"]');
          if (parent) this.focus(parent);
        }
        break;
      case "Home":
        if (items[0]) this.focus(items[0]);
        break;
      case "End":
        if (items.length > 0) this.focus(items[items.length - 1]!);
        break;
      case "Enter":
      case " ":
        this.toggleSources(item);
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }
}

/**
 * Browser side of the "Embed & download" panel. Everything works without it: the code is selectable
 * text and the citation asks the reader to write the date. With it, a copy button and today's date.
 */

async function copyText(block: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(block.textContent ?? '');
    return true;
  } catch {
    // Older browsers and non-secure origins have no async clipboard: select and use the old command.
    getSelection()?.selectAllChildren(block);
    return document.execCommand('copy');
  }
}

/** The copy button and today's date in one panel. */
function enhancePanel(panel: HTMLDetailsElement, today: Date): void {
  for (const button of panel.querySelectorAll<HTMLButtonElement>('button.embed-copy')) {
    const code = panel.ownerDocument.getElementById(button.dataset.target ?? '');
    const status = button.parentElement?.querySelector('.embed-copy-status');
    if (!code || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const ok = await copyText(code);
      status.textContent = (ok ? button.dataset.copied : button.dataset.failed) ?? '';
    });
  }
  for (const slot of panel.querySelectorAll<HTMLElement>('[data-access-date]')) {
    const options = JSON.parse(slot.dataset.format ?? '{}') as Intl.DateTimeFormatOptions;
    slot.textContent = new Intl.DateTimeFormat(slot.dataset.accessDate, options).format(today);
  }
}

/**
 * Each panel is enhanced when it is first opened, not while the page loads: the first date format
 * loads the browser's locale data, which made the data page's script one of its longest tasks on a
 * phone. A click on the summary comes before the panel opens, so the reader never sees the no-script
 * text; `toggle` covers a panel opened otherwise (find in page, or already open).
 */
export function enhanceEmbedPanels(root: Document): void {
  for (const panel of root.querySelectorAll<HTMLDetailsElement>('details.embed-panel')) {
    let done = false;
    const enhance = () => {
      if (done) return;
      done = true;
      enhancePanel(panel, new Date());
    };
    if (panel.open) enhance();
    panel.addEventListener('click', enhance, { once: true });
    panel.addEventListener('toggle', enhance, { once: true });
  }
}

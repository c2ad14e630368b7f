/**
 * Browser side of the "Embed & download" panel. Everything works without it: the code is selectable
 * text and the citation asks the reader to write the date. With it, a copy button and today's date.
 */

async function copyText(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    // Older browsers and non-secure origins have no async clipboard: select and use the old command.
    field.select();
    return document.execCommand('copy');
  }
}

export function enhanceEmbedPanels(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.embed-copy')) {
    const field = root.getElementById(button.dataset.target ?? '');
    const status = button.parentElement?.querySelector('.embed-copy-status');
    if (!(field instanceof HTMLTextAreaElement) || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const ok = await copyText(field);
      status.textContent = (ok ? button.dataset.copied : button.dataset.failed) ?? '';
    });
  }
  const today = new Date();
  for (const slot of root.querySelectorAll<HTMLElement>('[data-access-date]')) {
    const options = JSON.parse(slot.dataset.format ?? '{}') as Intl.DateTimeFormatOptions;
    slot.textContent = new Intl.DateTimeFormat(slot.dataset.accessDate, options).format(today);
  }
}

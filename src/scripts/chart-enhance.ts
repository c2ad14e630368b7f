/**
 * Enhances the build-time chart SVGs; the charts read completely without it. It adds tooltips that
 * appear on hover, tap and keyboard focus with the same text, highlights everything that belongs to
 * one department or series, and offers the counts/shares switch where a chart has both views. No
 * chart library runs here: the text comes from the <title> each hit area carries in the SVG.
 */

const ACTIVE = 'is-active';
const ON = 'is-on';

function setActive(figure: HTMLElement, svg: SVGSVGElement, key: string | null): void {
  for (const el of svg.querySelectorAll(`.${ON}`)) el.classList.remove(ON);
  figure.classList.toggle(ACTIVE, key !== null);
  if (key === null) return;
  for (const el of svg.querySelectorAll(`[data-key="${CSS.escape(key)}"]`)) el.classList.add(ON);
}

function placeTip(figure: HTMLElement, tip: HTMLElement, target: Element, clientX?: number): void {
  const box = figure.getBoundingClientRect();
  const mark = target.getBoundingClientRect();
  const x = (clientX ?? mark.left + 8) - box.left;
  tip.hidden = false;
  const left = Math.max(0, Math.min(x - tip.offsetWidth / 2, box.width - tip.offsetWidth));
  const above = mark.top - box.top - tip.offsetHeight - 6;
  const top = above >= 0 ? above : mark.bottom - box.top + 6;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}

function enhanceSvg(figure: HTMLElement, tip: HTMLElement, svg: SVGSVGElement): void {
  // Parts of an image cannot take focus, so the enhanced chart becomes a group of labelled parts.
  svg.setAttribute('role', 'group');
  const focusable = new Set<string>();
  const hide = () => {
    tip.hidden = true;
    setActive(figure, svg, null);
  };
  for (const hit of svg.querySelectorAll<SVGGraphicsElement>('.hit [data-key]')) {
    const key = hit.dataset.key ?? '';
    const title = hit.querySelector('title');
    const text = title?.textContent ?? '';
    // The custom tooltip replaces the browser's own, which would otherwise show on top of it.
    title?.remove();
    const show = (clientX?: number) => {
      tip.textContent = text;
      setActive(figure, svg, key);
      placeTip(figure, tip, hit, clientX);
    };
    if (!focusable.has(key)) {
      focusable.add(key);
      hit.setAttribute('tabindex', '0');
      hit.setAttribute('role', 'img');
      hit.setAttribute('aria-label', text);
    }
    hit.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse') show(e.clientX);
    });
    hit.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse') hide();
    });
    hit.addEventListener('click', (e) => show(e.clientX));
    hit.addEventListener('focus', () => show());
    hit.addEventListener('blur', hide);
  }
  svg.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}

function addSwitch(figure: HTMLElement, views: HTMLElement[]): void {
  const first = views[0];
  if (!first || views.length < 2) return;
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'chart-switch';
  const legend = document.createElement('legend');
  legend.textContent = figure.dataset.switchLabel ?? '';
  fieldset.append(legend);
  views.forEach((view, i) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = `${figure.id}-view`;
    input.value = view.dataset.view ?? String(i);
    input.checked = i === 0;
    input.addEventListener('change', () => {
      for (const other of views) other.hidden = other !== view;
    });
    label.append(input, ` ${view.dataset.label ?? ''}`);
    fieldset.append(label);
  });
  first.before(fieldset);
}

function enhance(figure: HTMLElement): void {
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  figure.append(tip);
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg.dzc')) enhanceSvg(figure, tip, svg);
  addSwitch(figure, [...figure.querySelectorAll<HTMLElement>('.chart-svg[data-view]')]);
}

/** A new task: the browser can paint and answer the reader between two charts. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/*
 * One chart per task, none in the task that ends the page's parsing: enhancing all five of the
 * story's charts at once took 6 to 16 ms on a fast machine, which a phone's slower processor (four
 * times, as Lighthouse simulates) makes one task long enough to block a tap.
 */
async function enhanceAll(): Promise<void> {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart[data-chart]')) {
    await nextTask();
    enhance(figure);
  }
}

void enhanceAll();

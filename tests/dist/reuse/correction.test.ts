import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { REGISTRY as EMBEDDABLES } from '../../../src/charts/registry.ts';
import { LANGS } from '../../../src/i18n/locales.ts';
import { dataDir } from '../../../src/model/load-model.ts';
import { chartDataFile, correctionUrl, repoUrl, VILLAGE_LIST_FILES } from '../../../src/reuse/correction.ts';
import { readDist } from '../../helpers/dist.ts';

describe('the repository for correction links', () => {
  test('comes from REPO_URL, then from the GitHub Actions repository, else there is none', () => {
    expect(repoUrl({ REPO_URL: 'https://example.org/owner/repo.git' })).toBe(
      'https://example.org/owner/repo',
    );
    expect(repoUrl({ REPO_URL: 'https://example.org/owner/repo/' })).toBe('https://example.org/owner/repo');
    expect(repoUrl({ GITHUB_SERVER_URL: 'https://example.org', GITHUB_REPOSITORY: 'o/r' })).toBe(
      'https://example.org/o/r',
    );
    expect(repoUrl({})).toBeNull();
  });

  test('refuses a URL that is not https, with the expected form in the message', () => {
    expect(() => repoUrl({ REPO_URL: 'javascript:alert(1)' })).toThrow(/https:\/\/<host>\/<owner>\/<repo>/);
    expect(() => repoUrl({ REPO_URL: 'not a url' })).toThrow(/not a URL/);
  });

  test('links open the data file in the editor on the main branch', () => {
    expect(correctionUrl('villages.csv', 'https://example.org/o/r')).toBe(
      'https://example.org/o/r/edit/main/data/villages.csv',
    );
    expect(correctionUrl('villages.csv', null)).toBeNull();
  });

  test('every chart and the village list name data files that exist', () => {
    for (const file of VILLAGE_LIST_FILES) expect(existsSync(join(dataDir(), file)), file).toBe(true);
    for (const e of EMBEDDABLES) {
      const file = chartDataFile(e.chart.id);
      expect(file, e.chart.id).not.toBeNull();
      expect(existsSync(join(dataDir(), file ?? '')), `${e.chart.id}: ${file}`).toBe(true);
    }
  });
});

// The built site carries the links exactly when the build knew the repository (CI does).
const repo = repoUrl(process.env);
describe.each(LANGS)('correction links in the %s build', (lang) => {
  const prefix = lang === 'kk' ? '' : `${lang}/`;

  test('each story chart and the village list link to their file, or none does without a repository', () => {
    const story = parseHTML(readDist(`${prefix}index.html`)).document;
    const villages = parseHTML(readDist(`${prefix}villages/index.html`)).document;
    const figures = [...story.querySelectorAll('figure.chart')];
    expect(figures.length).toBeGreaterThan(0);
    if (!repo) {
      expect(story.querySelectorAll('[data-correction]').length).toBe(0);
      expect(villages.querySelectorAll('[data-correction]').length).toBe(0);
      return;
    }
    for (const figure of figures) {
      const id = figure.getAttribute('data-chart') ?? '';
      expect(figure.querySelector('a[data-correction]')?.getAttribute('href'), id).toBe(
        correctionUrl(chartDataFile(id) ?? '', repo),
      );
    }
    expect(
      [...villages.querySelectorAll('#villages-list a[data-correction]')].map((a) => a.getAttribute('href')),
    ).toEqual(VILLAGE_LIST_FILES.map((f) => correctionUrl(f, repo)));
  });
});

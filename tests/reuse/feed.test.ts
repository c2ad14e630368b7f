import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { diffData } from '../../src/model/data-diff.ts';
import { changedPages, changeLines } from '../../src/reuse/change-text.ts';
import type { DataHistoryEntry } from '../../src/reuse/data-history.ts';
import { atomFeed } from '../../src/reuse/feed.ts';
import { jsonLdText } from '../../src/reuse/structured-data.ts';

// Synthetic history: ids and values invented, one of them hostile markup.
const diff = diffData(
  { villages: [{ id: 'v1', status: 'no-internet', source_id: 's' }] },
  {
    villages: [
      { id: 'v1', status: 'connected', source_id: 's' },
      { id: '<script>alert(1)</script>', status: 'no-internet', source_id: 's' },
    ],
  },
  [
    { kind: 'page', id: 'villages/', tables: ['villages'] },
    { kind: 'page', id: 'methodology/', tables: ['indicators'] },
  ],
);
const history: DataHistoryEntry[] = [
  { commit: 'a'.repeat(40), date: '2030-05-01', message: 'msg', files: ['data/villages.csv'], diff },
  {
    commit: 'b'.repeat(40),
    date: '2030-04-01',
    message: 'docs',
    files: ['data/README.md'],
    diff: diffData({}, {}),
  },
];

describe('change text', () => {
  test('tells each file in the page language, naming rows and changed columns', () => {
    expect(changeLines('ru', diff)).toEqual([
      {
        file: 'villages.csv',
        text: `${t('ru', 'changes.added', { n: 1 })} (\`<script>alert(1)</script>\`); ${t('ru', 'changes.changed', { n: 1 })} (\`v1\`), ${t('ru', 'changes.columns', { columns: '`status`' })}`,
      },
    ]);
    expect(changeLines('kk', diff)[0]?.text).not.toMatch(/rows|added|changed/);
  });

  test('links the pages reached, in the page language', () => {
    expect(changedPages('kk', diff)).toEqual([{ label: t('kk', 'nav.villages'), href: '/villages/' }]);
    expect(changedPages('en', diff)).toEqual([{ label: t('en', 'nav.villages'), href: '/en/villages/' }]);
  });
});

describe('the Atom feed', () => {
  const xml = atomFeed({
    lang: 'ru',
    site: new URL('https://example.org'),
    siteName: 'Site & Co',
    history,
    story: { title: 'A <b>story</b>', summary: 'About it', published: '2030-01-01', modified: '2030-06-01' },
  });
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).feed;

  test('is well-formed XML whatever the data holds', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
  });

  test('has one entry per data commit and the story, newest first, with the feed updated at the newest', () => {
    expect(feed.entry.map((e: { updated: string }) => e.updated)).toEqual([
      '2030-06-01T00:00:00Z',
      '2030-05-01T00:00:00Z',
      '2030-04-01T00:00:00Z',
    ]);
    expect(feed.updated).toBe('2030-06-01T00:00:00Z');
    expect(feed.entry[0].title).toBe(t('ru', 'feed.story', { title: 'A <b>story</b>' }));
    expect(feed.entry[1].id).toBe(`https://example.org/ru/data/#change-${'a'.repeat(7)}`);
  });

  test('a commit that changed no table says so in the feed language', () => {
    expect(feed.entry[2].content['#text']).toContain(t('ru', 'changes.none'));
  });
});

test('JSON-LD text cannot close its script element', () => {
  const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
  expect(text).not.toContain('</script');
  expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
});

import { readFileSync } from 'node:fs';
import { checkCopy, formatCopyIssue, copySentences } from '../src/copy/check.ts';
import { copyContext } from '../src/copy/page-context.ts';
import { loadDataset } from '../src/data/load.ts';
import { buildModel } from '../src/model/build-model.ts';
const dir = process.argv[2] ?? 'data';
const model = buildModel(loadDataset(dir).dataset as never);
for (const lang of ['kk','ru','en'] as const) {
  const text = readFileSync(`src/content/story/${lang}.mdoc`, 'utf8');
  const ctx = copyContext(model, lang, 'story');
  console.log(lang, checkCopy(text, ctx).map(formatCopyIssue));
  if (process.argv[3]) for (const s of copySentences(text, ctx)) console.log(s.line, s.sourceIds.join(','), s.text);
}
import Markdoc from '@markdoc/markdoc';
import { copyConfig } from '../src/copy/check.ts';
{
  const ctx = copyContext(model, 'kk', 'story');
  const ast = Markdoc.parse(readFileSync('src/content/story/kk.mdoc', 'utf8'));
  console.log(Markdoc.validate(ast, copyConfig(ctx)).filter((e) => e.lines[0] === 46).map((e) => e.error));
}

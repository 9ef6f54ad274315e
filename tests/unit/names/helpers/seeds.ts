/** The five seed page captures (copied into tests/unit/names/data) as Names articles: one paragraph per non-empty line. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NameArticle } from '../../../../src/names/types';

export function seedArticles(): NameArticle[] {
  const dir = join(__dirname, '../data');
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      return { id: f.slice(0, 3), lang: 'en', title: '', paragraphs: lines };
    });
}

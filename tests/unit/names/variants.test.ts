/**
 * The dev variant groups and hard negatives (tests/unit/names/data/dev-variants.json),
 * each form set in generated sentences of its language (inflected, beside other
 * names): every variant group comes out as one group, every negative stays apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findVariantGroups, NameIndex, spellingId } from '../../../src/names';
import type { NameArticle, VariantGroup } from '../../../src/names';
import { articleFor, formScript, negativeForms, rng, toKind, type DevData } from './helpers/corpus';

const dev = JSON.parse(readFileSync(join(__dirname, 'data/dev-variants.json'), 'utf8')) as DevData;
const READ_BY_RULES = new Set(['Latn', 'Cyrl', 'Armn']);

interface Placed {
  group: number;
  form: string;
  articleId: string;
}

/** One article per form (two for Latin and Cyrillic forms, so each is also seen inflected in another sentence set). */
function library(): { articles: NameArticle[]; placed: Placed[] } {
  const r = rng(20240305);
  const articles: NameArticle[] = [];
  const placed: Placed[] = [];
  dev.variants.forEach((v, g) => {
    v.group.forEach((form, f) => {
      const copies = READ_BY_RULES.has(formScript(form)) ? 2 : 1;
      for (let c = 0; c < copies; c++) {
        const id = `v${g}-${f}-${c}`;
        articles.push(articleFor(id, form, toKind(v.kind), r));
        placed.push({ group: g, form, articleId: id });
      }
    });
  });
  dev.negatives.forEach((n, g) => {
    n.group.forEach((entry, e) => {
      negativeForms(entry).forEach((form, f) => {
        articles.push(articleFor(`n${g}-${e}-${f}`, form, toKind(n.kind), r));
      });
    });
  });
  return { articles, placed };
}

/** The groups that hold a given article among their forms' articles. */
function groupsWithArticle(groups: VariantGroup[], id: string): VariantGroup[] {
  return groups.filter((g) => Object.values(g.articles).some((ids) => ids.includes(id)));
}

/** The groups that list this spelling among their forms (a lone surname may be counted under a longer form spelled the same). */
function groupsOfForm(groups: VariantGroup[], form: string): VariantGroup[] {
  const id = spellingId(form);
  return groups.filter((g) => g.forms.some((f) => spellingId(f) === id || (!form.includes(' ') && spellingId(f).endsWith(id))));
}

const { articles, placed } = library();
const groups = findVariantGroups(articles);

describe('dev variant groups in generated sentences', () => {
  dev.variants.forEach((v, g) => {
    it(`joins ${v.group[0]} (${v.kind}) into one group`, () => {
      const mine = placed.filter((p) => p.group === g && READ_BY_RULES.has(formScript(p.form)));
      const candidates = groupsOfForm(groups, mine[0]!.form);
      expect(candidates.map((c) => c.forms), `one group lists ${mine[0]!.form}`).toHaveLength(1);
      const group = candidates[0]!;
      expect(group.kind).toBe(v.kind);
      const ids = new Set(Object.values(group.articles).flat());
      const missingArticles = mine.filter((p) => !ids.has(p.articleId)).map((p) => p.form);
      expect(missingArticles).toEqual([]);
      const missingForms = [...new Set(mine.map((p) => p.form))].filter((f) => !groupsOfForm([group], f).length);
      expect(missingForms).toEqual([]);
    });
  });

  it('joins the Chinese, Arabic and Korean forms the gazetteer lists, and only through it', () => {
    const foreign = placed.filter((p) => !READ_BY_RULES.has(formScript(p.form)));
    for (const p of foreign) {
      const holding = groupsWithArticle(groups, p.articleId);
      for (const h of holding) {
        const owner = placed.find((q) => q.group === p.group && READ_BY_RULES.has(formScript(q.form)))!;
        expect(Object.values(h.articles).flat()).toContain(owner.articleId);
        expect(h.notes.some((n) => n.rule === 'gazetteer' && n.text.startsWith(p.form))).toBe(true);
      }
    }
    // Forms the gazetteer lists did join.
    for (const form of ['托卡耶夫', '马吉利斯', '哈通社', 'شىمكەنت', 'عليخان سمايلوف', '葉爾蘭·科沙諾夫']) {
      const p = placed.find((q) => q.form === form)!;
      expect(groupsWithArticle(groups, p.articleId).length, form).toBe(1);
    }
  });
});

describe('dev negatives stay apart', () => {
  dev.negatives.forEach((n, g) => {
    it(`${n.group.join(' / ')}`, () => {
      const [a, b] = n.group.map((entry) => negativeForms(entry)[0]!);
      const withA = groupsOfForm(groups, a!);
      expect(withA.filter((x) => groupsOfForm([x], b!).length > 0).map((x) => x.forms)).toEqual([]);
      const bArticles = articles.filter((x) => x.id.startsWith(`n${g}-1-`)).map((x) => x.id);
      for (const x of withA) for (const id of bArticles) expect(Object.values(x.articles).flat()).not.toContain(id);
    });
  });

  it('keeps each negative apart from the other forms of its look-alike', () => {
    // Ashikbayev never joins the Ashimbayev variant group, Nazarbayeva never Nazarbayev, and so on.
    const ashikbayev = articles.filter((a) => a.id.startsWith('n0-1-')).map((a) => a.id);
    const ashimbayevGroup = groupsWithArticle(groups, 'v0-0-0').find((x) => x.kind === 'person')!;
    const ids = Object.values(ashimbayevGroup.articles).flat();
    for (const id of ashikbayev) expect(ids).not.toContain(id);
  });
});

describe('the same library through the incremental index', () => {
  it('gives the same groups whatever the order of adding, and after removing and re-adding', () => {
    const index = new NameIndex();
    const reversed = [...articles].reverse();
    for (const a of reversed) index.add(a);
    const some = reversed.slice(0, 20);
    for (const a of some) index.remove(a.id);
    for (const a of some) index.add(a);
    const canon = (gs: VariantGroup[]) => gs.map((g) => JSON.stringify(g)).sort();
    expect(canon(index.groups())).toEqual(canon(groups));
  });
});

/** Chinese, Arabic-script and Korean forms join a group only through the shipped gazetteer, never by guess. */
import { describe, expect, it } from 'vitest';
import { findVariantGroups } from '../../../src/names';

const latin = { id: 'en', lang: 'en', title: 'News', paragraphs: ['Kassym-Jomart Tokayev met observers. Later Tokaev spoke again.'] };

describe('gazetteer-only scripts', () => {
  it('joins a listed Chinese or Arabic form, with a gazetteer note', () => {
    const groups = findVariantGroups([
      latin,
      { id: 'zh', lang: 'zh', title: '新闻', paragraphs: ['托卡耶夫会见了观察员。'] },
      { id: 'ar', lang: 'ar', title: 'أخبار', paragraphs: ['التقى قاسم جومارت توكاييف بالمراقبين.'] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.forms).toEqual(expect.arrayContaining(['托卡耶夫', 'قاسم جومارت توكاييف']));
    expect(groups[0]!.notes.filter((n) => n.rule === 'gazetteer').map((n) => n.text.split(':')[0])).toEqual(
      expect.arrayContaining(['托卡耶夫', 'قاسم جومارت توكاييف']),
    );
  });

  it('does not guess: an unlisted transcription stays out', () => {
    const groups = findVariantGroups([
      latin,
      { id: 'zh', lang: 'zh', title: '新闻', paragraphs: ['托卡也夫会见了观察员。'] },
      { id: 'ar', lang: 'ar', title: 'أخبار', paragraphs: ['التقى توقاييف بالمراقبين.'] },
    ]);
    expect(groups.flatMap((g) => Object.values(g.articles).flat())).not.toContain('zh');
    expect(groups.flatMap((g) => Object.values(g.articles).flat())).not.toContain('ar');
  });

  it('joins the Russian form Chimkent to Shymkent only as a listed other form, with its note', () => {
    const groups = findVariantGroups([
      { id: 'a', lang: 'en', title: 'News', paragraphs: ['A school opened in Shymkent.'] },
      { id: 'b', lang: 'en', title: 'News', paragraphs: ['Old maps say Chimkent.'] },
    ]);
    expect(groups.map((g) => g.forms)).toEqual([['Chimkent', 'Shymkent']]);
    expect(groups[0]!.notes[0]).toMatchObject({ rule: 'gazetteer' });
    expect(groups[0]!.notes[0]!.text).toMatch(/1993/);
  });
});

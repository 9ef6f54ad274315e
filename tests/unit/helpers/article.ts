import type { ExtractedArticle } from '../../../src/extraction/types';

/** A valid extracted article; tests override what they examine. */
export function makeArticle(over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    isArticle: true,
    site: 'kazinform',
    lang: 'en',
    url: 'https://qazinform.com/news/cis-observation-mission-hails-parliamentary-elections-in-kazakhstan-3f2a1c',
    canonicalUrl: 'https://qazinform.com/news/cis-observation-mission-hails-parliamentary-elections-in-kazakhstan-3f2a1c',
    title: 'CIS Observation Mission hails parliamentary elections in Kazakhstan',
    publishedAt: '2023-03-20T22:00:00+06:00',
    publishedDateOnly: false,
    dateline: 'ASTANA',
    author: 'Adlet Seilkhanov',
    lead: null,
    paragraphs: [
      'ASTANA. KAZINFORM – CIS Election Observation Mission Head Leonid Anfimov stated that the elections for the Majilis of the Kazakh parliament were held at a high level.',
      'Wide coverage of the preparation for and holding of the elections by the election commissions and mass media was noted.',
    ],
    tags: [{ label: 'Majilis', url: 'https://qazinform.com/tag/majilis' }],
    credits: [],
    method: 'site',
    fieldMethods: { title: 'site', paragraphs: 'site' },
    adapter: 'kazinform@2023',
    warnings: [],
    ...over,
  };
}

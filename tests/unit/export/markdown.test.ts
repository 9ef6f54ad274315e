import { describe, expect, it } from 'vitest';
import { articleToMarkdown, markdownText, toMarkdownZip, yamlString } from '../../../src/export/markdown';
import { HOSTILE_SNIPPETS } from '../safety/hostile-library';
import { hostileLibrary, NOON, stored } from './stored';
import { unzip } from './unzip';

/** Reads the front matter this exporter writes: `key: <JSON scalar>` or `key:` then `  - <JSON scalar>` lines. */
function readFrontMatter(md: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error('no front matter');
  const out: Record<string, unknown> = {};
  let list: unknown[] | null = null;
  for (const line of m[1]!.split('\n')) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item && list) {
      list.push(JSON.parse(item[1]!));
      continue;
    }
    const kv = /^([A-Za-z]+):(?: (.*))?$/.exec(line);
    if (!kv) throw new Error(`not a front matter line: ${JSON.stringify(line)}`);
    if (kv[2] === undefined) out[kv[1]!] = list = [];
    else {
      out[kv[1]!] = JSON.parse(kv[2]);
      list = null;
    }
  }
  return out;
}

/** Page text as a Markdown renderer shows it: leading blanks of lines dropped, any line break one line break. */
const asShown = (text: string) => text.trim().split(/\r\n|[\r\n\u2028\u2029]/).map((l) => l.trimStart()).join('\n');

/** Undoes the escaping: what a CommonMark renderer shows for the text (a backslash before ASCII punctuation is dropped). */
const shown = (md: string) => md.replace(/\\\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('markdownText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['*bold* and _em_ and `code`', '\\*bold\\* and \\_em\\_ and \\`code\\`'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['2023. not an ordered list', '2023\\. not an ordered list'],
    ['1) nor this', '1\\) nor this'],
    ['> not a quote', '\\> not a quote'],
    ['&amp; stays &amp;', '\\&amp; stays \\&amp;'],
    ['a | b', 'a \\| b'],
    ['~~no~~ $x$', '\\~\\~no\\~\\~ \\$x\\$'],
    ['C:\\path', 'C:\\\\path'],
    ['    indented code?', 'indented code?'],
    ['line one\nline two', 'line one\\\nline two'],
    ['===', '\\==='],
    ['Президент Тоқаев 2024 жылы', 'Президент Тоқаев 2024 жылы'],
  ])('%j', (text, md) => {
    expect(markdownText(text)).toBe(md);
  });

  it('renders back to the text for every hostile snippet', () => {
    for (const s of HOSTILE_SNIPPETS) {
      expect(shown(markdownText(s))).toBe(asShown(s));
    }
  });
});

describe('yamlString', () => {
  it('writes a double-quoted scalar, escaping what YAML forbids or folds', () => {
    expect(yamlString('Сенат "quoted" \\ back')).toBe('"Сенат \\"quoted\\" \\\\ back"');
    expect(yamlString('a\nb\u2028c\u0085d\uFEFFe\u007Ff')).toBe('"a\\nb\\u2028c\\u0085d\\ufeffe\\u007ff"');
    expect(yamlString('---\ntitle: x')).toBe('"---\\ntitle: x"');
  });
});

describe('articleToMarkdown', () => {
  it('writes front matter, then the title as a heading, the lead and the paragraphs', () => {
    const a = stored({}, { lead: 'The lead.', tags: [{ label: 'Majilis', url: '' }], credits: ['Photo: Akorda'] });
    expect(articleToMarkdown(a)).toBe(
      [
        '---',
        'title: "CIS Observation Mission hails parliamentary elections in Kazakhstan"',
        `url: "${a.url}"`,
        `canonical: "${a.canonicalUrl}"`,
        'site: "kazinform"',
        'lang: "en"',
        'publishedAt: "2023-03-20T22:00:00+06:00"',
        'author: "Adlet Seilkhanov"',
        'dateline: "ASTANA"',
        'tags:',
        '  - "Majilis"',
        'credits:',
        '  - "Photo: Akorda"',
        'savedAt: "2024-05-01T12:00:00.000Z"',
        '---',
        '',
        '# CIS Observation Mission hails parliamentary elections in Kazakhstan',
        '',
        'The lead.',
        '',
        a.paragraphs[0],
        '',
        a.paragraphs[1],
        '',
      ].join('\n'),
    );
  });

  it('writes a date the page gave without a time of day as the date alone', () => {
    const md = articleToMarkdown(stored({}, { publishedAt: '2023-03-18T00:00:00+06:00', publishedDateOnly: true }));
    expect(readFrontMatter(md)).toMatchObject({ publishedAt: '2023-03-18' });
  });

  it('writes null fields as null and empty lists as []', () => {
    const md = articleToMarkdown(stored({}, { author: null, dateline: null, publishedAt: null, tags: [], credits: [] }));
    expect(readFrontMatter(md)).toMatchObject({ author: null, dateline: null, publishedAt: null, tags: [], credits: [] });
  });

  it('keeps every front matter value exactly, and the text as text, for hostile articles', () => {
    for (const a of hostileLibrary(300, 5)) {
      const md = articleToMarkdown(a);
      expect(readFrontMatter(md)).toEqual({
        title: a.title,
        url: a.url,
        canonical: a.canonicalUrl,
        site: a.site,
        lang: a.lang,
        publishedAt: a.publishedDateOnly ? (a.publishedAt?.slice(0, 10) ?? null) : a.publishedAt,
        author: a.author,
        dateline: a.dateline,
        tags: a.tags.map((t) => t.label),
        credits: a.credits,
        savedAt: new Date(a.savedAt).toISOString(),
      });
      const body = md.slice(md.indexOf('\n---\n') + 5);
      // No raw markup character reaches the body unescaped.
      expect(body.replace(/\\[\\`*_[\]<>&|~$#]/g, '')).not.toMatch(/[<>`*_[\]&|~$]/);
      const text = [`# ${asShown(a.title.replace(/\s+/g, ' '))}`, ...[a.lead ?? '', ...a.paragraphs].map(asShown).filter(Boolean)];
      expect(shown(body)).toBe(`\n${text.join('\n\n')}\n`);
    }
  });
});

describe('toMarkdownZip', () => {
  it('puts one document per article in a folder, with safe unique names', () => {
    const articles = [
      stored({ id: 1 }),
      stored({ id: 2 }),
      stored({ id: 3 }, { title: 'Председатель Сената встретился', publishedAt: null }),
      stored({ id: 4 }, { title: '哈萨克斯坦总统' }),
      stored({ id: 5 }, { title: '../../<script>' }),
    ];
    const file = toMarkdownZip(articles, { now: NOON });
    expect(file).toMatchObject({ fileName: 'dala-reader-markdown-2024-05-01.zip', mimeType: 'application/zip' });
    const files = unzip(file.data as Uint8Array);
    expect(files.map((f) => f.name)).toEqual([
      'dala-reader-2024-05-01/2023-03-20-cis-observation-mission-hails-parliamentary-elections-in-kazakhstan.md',
      'dala-reader-2024-05-01/2023-03-20-cis-observation-mission-hails-parliamentary-elections-in-kazakhstan-2.md',
      'dala-reader-2024-05-01/undated-predsedatel-senata-vstretilsia.md',
      'dala-reader-2024-05-01/2023-03-20-article-4.md',
      'dala-reader-2024-05-01/2023-03-20-script.md',
    ]);
    expect(new TextDecoder().decode(files[3]!.data)).toBe(articleToMarkdown(articles[3]!));
  });
});

import { describe, expect, it } from 'vitest';
import { exportFileName, slugify, uniqueNamer } from '../../../src/export/file-names';
import { NOON } from './stored';

describe('slugify', () => {
  it.each([
    ['CIS Observation Mission hails parliamentary elections', 'cis-observation-mission-hails-parliamentary-elections'],
    ['Председатель Сената встретился с наблюдателями', 'predsedatel-senata-vstretilsia-s-nabliudateliami'],
    ['Щёлково, объём и съезд', 'shchelkovo-obem-i-sezd'],
    ['Мәжіліс сайлауы: Қасым-Жомарт Тоқаев', 'mazhilis-sailauy-qasym-zhomart-toqaev'],
    ['Ұлттық құрылтай өңірде һәм Іле', 'ulttyq-quryltai-onirde-ham-ile'],
    ['Májilis saılaýy zańnamaǵa sáıkes ótti', 'majilis-sailayy-zannamaga-saikes-otti'],
    ['Тўқаев фармонни ҳам имзолади', 'toqaev-farmonni-ham-imzoladi'],
    ['Straße, Æsir, Łódź, Øresund', 'strasse-aesir-lodz-oresund'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\system32\\con', 'c-windows-system32-con'],
    ['\u202Egnp.exe\u202C zero\u200Bwidth', 'gnp-exe-zero-width'],
    ['哈萨克斯坦总统托卡耶夫签署了命令', ''],
    ['سەنات ٴتوراعاسى', ''],
    ['   ', ''],
  ])('%s -> %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps names short, cutting at a word boundary when there is one near the end', () => {
    const s = slugify('Парламент '.repeat(30));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(/^(parlament-)+parlament$/);
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(80));
    expect(slugify('word '.repeat(40), 12)).toBe('word-word');
  });
});

describe('uniqueNamer', () => {
  it('never hands out a name twice, ignoring case (Windows and macOS fold case)', () => {
    const name = uniqueNamer();
    expect(['a', 'A', 'a', 'a-2', 'b'].map((s) => name(s, 'md'))).toEqual(['a.md', 'A-2.md', 'a-3.md', 'a-2-2.md', 'b.md']);
    expect(name('a', 'txt')).toBe('a.txt');
  });
});

describe('exportFileName', () => {
  it('names the kind of export and the local day', () => {
    expect(exportFileName('articles', 'csv', NOON)).toBe('dala-reader-articles-2024-05-01.csv');
  });
});

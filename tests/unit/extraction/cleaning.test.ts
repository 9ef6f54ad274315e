import { describe, expect, it } from 'vitest';
import { cleanBlocks, isCreditLine, isTailHeading, stripAuthorLabel } from '../../../src/extraction/cleaning';
import type { Block } from '../../../src/extraction/text';

const blocks = (...texts: string[]): Block[] => texts.map((text) => ({ text, tag: 'p', linkShare: 0 }));
const ctx = { title: 'CIS Observation Mission hails parliamentary elections', lead: null };

describe('cleanBlocks', () => {
  it('drops the seed boilerplate lines and keeps the body', () => {
    const r = cleanBlocks(blocks('Tell a friend', 'photo', 'First paragraph of the body.', 'Share this', 'Second paragraph.'), ctx);
    expect(r.paragraphs).toEqual(['First paragraph of the body.', 'Second paragraph.']);
  });

  it('stops at the tail of the page', () => {
    for (const heading of ['Related news', 'Новости по теме', 'Read also', 'Popular', 'Читайте также', 'Тақырыпқа қатысты жаңалықтар', '相关新闻']) {
      const r = cleanBlocks(blocks('Body.', heading, 'Another story headline', 'Yet another'), ctx);
      expect(r.paragraphs, heading).toEqual(['Body.']);
    }
  });

  it('moves captions and credits to credits', () => {
    const r = cleanBlocks(blocks('Body.', 'Photo: election.gov.kz', 'Фото: Акорда', 'Коллаж: Kazinform / Canva', '(Press service of the Senate, 74-72-27. Courtesy of N. Baibulin)'), ctx);
    expect(r.paragraphs).toEqual(['Body.']);
    expect(r.credits).toEqual(['Photo: election.gov.kz', 'Фото: Акорда', 'Коллаж: Kazinform / Canva', '(Press service of the Senate, 74-72-27. Courtesy of N. Baibulin)']);
  });

  it('keeps a sentence that only mentions a press service or a photo', () => {
    const r = cleanBlocks(blocks('Пресс-служба Сената сообщила, что заседание перенесено.', 'Photographers gathered at the entrance.'), ctx);
    expect(r.paragraphs).toHaveLength(2);
    expect(r.credits).toEqual([]);
  });

  it('reads an Author: line, with the name on the same or the next line', () => {
    expect(cleanBlocks(blocks('Body.', 'Author:', 'Adlet Seilkhanov'), ctx)).toMatchObject({ paragraphs: ['Body.'], author: 'Adlet Seilkhanov' });
    expect(cleanBlocks(blocks('Body.', 'Автор: Динара Сейткали'), ctx).author).toBe('Динара Сейткали');
  });

  it('drops the repeated title, view counts and link-only lines', () => {
    const r = cleanBlocks(
      [...blocks('CIS Observation Mission hails parliamentary elections', '146', 'Body.'), { text: 'Main Page > News > Elections', tag: 'div', linkShare: 0.9 }],
      ctx,
    );
    expect(r.paragraphs).toEqual(['Body.']);
  });
});

describe('line rules', () => {
  it('recognises credits', () => {
    expect(isCreditLine('Photo: election.gov.kz')).toBe(true);
    expect(isCreditLine('Сурет: Qazaq TV')).toBe(true);
    expect(isCreditLine('The photo shows the new terminal.')).toBe(false);
  });
  it('recognises tail headings only as short lines', () => {
    expect(isTailHeading('Popular')).toBe(true);
    expect(isTailHeading('Popular support for the reform grew in 2023, the survey shows.')).toBe(false);
  });
  it('strips author labels', () => {
    expect(stripAuthorLabel('Author: Adlet Seilkhanov')).toBe('Adlet Seilkhanov');
    expect(stripAuthorLabel('Avtor:  Aıgúl Nurlanqyzy')).toBe('Aıgúl Nurlanqyzy');
    expect(stripAuthorLabel('Author:')).toBeNull();
  });
});

/**
 * A title before a name marks it as a person's and is never part of it: hyphenated
 * titles (Премьер-министр, Вице-спикер, Vice-President, Premer-Mınıstr) in any case
 * and script, and a title completed by genitive words (аким области).
 */
import { describe, expect, it } from 'vitest';
import { findNameSpans } from '../../../src/names/spans';

function spanTexts(lang: string, text: string): { words: string[]; titled: boolean }[] {
  return findNameSpans({ lang, title: '', paragraphs: [text] }).map((s) => ({ words: s.words.map((w) => w.text), titled: s.titled }));
}

describe('titles never become part of a name', () => {
  it.each([
    ['ru', 'Премьер-министр Алихан Смаилов провел совещание.', ['Алихан', 'Смаилов']],
    ['kk', 'Премьер-Министр Әлихан Смайылов жиналыс өткізді.', ['Әлихан', 'Смайылов']],
    ['ru', 'Вице-спикер Ваграм Акопян встретился с сенаторами.', ['Ваграм', 'Акопян']],
    ['ru', 'Вчера с Премьер-министром Алиханом Смаиловым встретились депутаты.', ['Алиханом', 'Смаиловым']],
    ['kk', 'Премьер-Министрдің орынбасары Серік Жұманғарин келді.', ['Серік', 'Жұманғарин']],
    ['en', 'Vice-President Yerlan Koshanov spoke.', ['Yerlan', 'Koshanov']],
    ['en', 'Ex-Premier Karim Massimov was sentenced.', ['Karim', 'Massimov']],
    ['kk-Latn', 'Premer-Mınıstr Älihan Smaiylov jinalys ötkizdi.', ['Älihan', 'Smaiylov']],
    ['ru', 'Экс-премьер Карим Масимов осужден.', ['Карим', 'Масимов']],
    ['ru', 'Генерал-майор Руслан Жаксылыков назначен.', ['Руслан', 'Жаксылыков']],
    ['en', 'Prime Minister Alikhan Smailov chaired a meeting.', ['Alikhan', 'Smailov']],
  ])('%s: %s', (lang, text, name) => {
    const spans = spanTexts(lang, text);
    expect(spans.map((s) => s.words)).toEqual([name]);
    expect(spans[0]?.titled).toBe(true);
  });

  it('reads a title through the genitive words that complete it (аким области), and only through those', () => {
    expect(spanTexts('ru', 'Аким области Нуртлеу Имангали провел встречу.')).toEqual([{ words: ['Нуртлеу', 'Имангали'], titled: true }]);
    expect(spanTexts('ru', 'Аким посетил Нуртлеу Имангали вчера.')).toEqual([{ words: ['Нуртлеу', 'Имангали'], titled: false }]);
  });
});

import { describe, expect, it } from 'vitest';
import { decideLang, langFromHtmlLang, langFromText } from '../../../src/extraction/lang';
import { readDateline } from '../../../src/extraction/dateline';

describe('language from the text', () => {
  it('tells the scripts and the languages inside them apart', () => {
    expect(langFromText('CIS Election Observation Mission Head Leonid Anfimov stated that the elections were held')).toBe('en');
    expect(langFromText('В международном аэропорту Астаны состоялось открытие нового терминала для международных рейсов')).toBe('ru');
    expect(langFromText('Қазақстанның барлық өңірі бірыңғай уақыт белдеуіне көшеді, деп хабарлады министрлік')).toBe('kk');
    expect(langFromText('Elordanyń Esil aýdanynda 1200 oqýshyǵa arnalǵan jańa mektep paıdalanýǵa berildi')).toBe('kk-Latn');
    expect(langFromText('Elordanıñ Esil audanında 1200 oquşığa arnalğan jaña mektep paidalanuğa berildi')).toBe('kk-Latn');
    expect(langFromText('哈萨克斯坦上半年对华贸易额同比增长12%，中国继续保持哈萨克斯坦最大贸易伙伴地位')).toBe('zh');
    expect(langFromText('Қозоғистон ва Ўзбекистон чегарасида янги назорат-ўтказиш пункти фойдаланишга топширилди')).toBe('uz');
    expect(langFromText('قازاقستاننىڭ بارلىق ٴوڭىرى بىرىڭعاي ۋاقىت بەلدەۋىنە كوشەدى')).toBe('kk-Arab');
    expect(langFromText('short')).toBeNull();
  });
});

describe('<html lang>', () => {
  it('maps tags onto our languages', () => {
    expect(langFromHtmlLang('en-US')).toBe('en');
    expect(langFromHtmlLang('ru')).toBe('ru');
    expect(langFromHtmlLang('kk-KZ')).toBe('kk');
    expect(langFromHtmlLang('kk-Latn')).toBe('kk-Latn');
    expect(langFromHtmlLang('kk-Arab')).toBe('kk-Arab');
    expect(langFromHtmlLang('zh-CN')).toBe('zh');
    expect(langFromHtmlLang('uz-Cyrl')).toBe('uz');
    expect(langFromHtmlLang('fr')).toBeNull();
    expect(langFromHtmlLang('')).toBeNull();
  });
});

describe('decideLang', () => {
  const ru = 'В международном аэропорту Астаны состоялось открытие нового терминала для международных рейсов';
  const kkLatn = 'Elordanyń Esil aýdanynda 1200 oqýshyǵa arnalǵan jańa mektep paıdalanýǵa berildi';
  it('keeps the URL edition when the text agrees', () => {
    expect(decideLang('ru', 'ru', ru, 'ru')).toEqual({ lang: 'ru' });
    expect(decideLang('kk-Latn', 'kk', kkLatn, 'ru')).toEqual({ lang: 'kk-Latn' });
  });
  it('follows the text when it is in another script, with a warning', () => {
    const d = decideLang('en', 'ru', ru, 'ru');
    expect(d.lang).toBe('ru');
    expect(d.warning).toMatch(/URL says en/);
  });
  it('uses <html lang> and the text when the URL has no edition', () => {
    expect(decideLang(null, 'ru', ru, 'kk').lang).toBe('ru');
    expect(decideLang(null, null, kkLatn, 'ru').lang).toBe('kk-Latn');
    expect(decideLang(null, null, '', 'ru').lang).toBe('ru');
    // An edition whose address is not known yet is still told by its script.
    expect(decideLang(null, null, 'ەلوردانىڭ ەسىل اۋدانىندا 1200 وقۋشىعا ارنالعان جاڭا مەكتەپ پايدالانۋعا بەرىلدى', 'ru').lang).toBe('kk-Arab');
  });
});

describe('readDateline', () => {
  it('reads the place of every dateline form', () => {
    expect(readDateline('ASTANA. KAZINFORM – CIS Election Observation Mission Head')).toBe('ASTANA');
    expect(readDateline('ASTANA.KAZINFORM The President')).toBe('ASTANA');
    expect(readDateline('NUR-SULTAN. KAZINFORM - The government')).toBe('NUR-SULTAN');
    expect(readDateline('TAShKENT. KAZINFORM — Uzbekistan')).toBe('TAShKENT');
    expect(readDateline('ASTANA. Kazinform – The Senate')).toBe('ASTANA');
    expect(readDateline('АСТАНА. КАЗИНФОРМ – В международном')).toBe('АСТАНА');
    expect(readDateline('АСТАНА. ҚазАқпарат – 2024 жылғы')).toBe('АСТАНА');
    expect(readDateline('ASTANA. KAZINFORM On March 17-18, Chairman')).toBe('ASTANA');
    expect(readDateline('哈通社阿斯塔纳8月18日电 据哈萨克斯坦国家统计局消息')).toBe('阿斯塔纳');
    expect(readDateline('استانا. قازاقپارات – ەلوردانىڭ ەسىل اۋدانىندا')).toBe('استانا');
  });
  it('finds none in ordinary sentences', () => {
    expect(readDateline('Yesterday. Kazinform reported that')).toBeNull();
    expect(readDateline('Chairman of the Senate met observers.')).toBeNull();
    expect(readDateline('')).toBeNull();
  });
});

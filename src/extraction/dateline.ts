/**
 * The dateline that opens a news agency paragraph: `ASTANA. KAZINFORM –`, `ASTANA.KAZINFORM`,
 * `NUR-SULTAN. KAZINFORM`, `TAShKENT. KAZINFORM —`, `АСТАНА. КАЗИНФОРМ –`, `ASTANA. Kazinform –`,
 * `哈通社阿斯塔纳8月18日电`. The paragraph keeps it as printed; this only reads the place.
 */

const AGENCIES = '(?:KAZINFORM|Kazinform|КАЗИНФОРМ|Казинформ|ҚАЗАҚПАРАТ|ҚазАқпарат|QAZAQPARAT|Qazaqparat|QazAqparat)';
// A place in capitals (Latin or Cyrillic, hyphens and spaces allowed, `TAShKENT` style mixed case tolerated).
const PLACE = "([A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎ][A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіЎўʼ'’ -]{1,40}?)";
const DATELINE_RE = new RegExp(`^${PLACE}\\s*\\.\\s*${AGENCIES}(?=\\s*[-–—.,:]|\\s|$)`, 'u');
// Arabic-script Kazakh: no capitals to go by, so only a place followed by the agency's name (a guess: no page seen).
const ARAB_DATELINE_RE = /^([\u0600-\u06ff]{2,20}(?: [\u0600-\u06ff]{2,20})?)\s*\.\s*(?:قازاقپارات|قازينفورم|KAZINFORM|Kazinform)(?=\s*[-–—.,:،]|\s|$)/u;
const ZH_DATELINE_RE = /^(?:哈通社|哈萨克国际通讯社)\s*([\u4e00-\u9fff]{2,8}?)\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电/;

/** The place of a dateline at the start of `text` (`ASTANA`), or null. */
export function readDateline(text: string): string | null {
  const m = DATELINE_RE.exec(text);
  if (m) {
    const place = m[1]!.trim();
    // Most of the place must be capitals: "Yesterday. Kazinform reported" is no dateline.
    const letters = place.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '');
    return letters.length > 0 && upper.length / letters.length >= 0.6 ? place : null;
  }
  const other = ZH_DATELINE_RE.exec(text) ?? ARAB_DATELINE_RE.exec(text);
  return other ? other[1]! : null;
}

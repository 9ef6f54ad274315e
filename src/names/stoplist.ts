/**
 * Capitalised words that are not names to compare: sentence-start function words,
 * months and weekdays, common nouns of news headlines and institutions, the country
 * itself and its adjectives (Kazakhstan, Kazakh, Qazaqstan, Казахстан), in English,
 * Russian, Kazakh and Uzbek. TITLES are stop words too, and also mark the words after
 * them as a person's name (President Tokayev, Сенат Төрағасы Мәулен Әшімбаев). A hyphenated
 * word whose every part is a title (Премьер-министр, Вице-спикер, Vice-President) is a title.
 */

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const TITLE_WORDS = words(`
  president presidents vice prime premier minister ministers deputy deputies chairman chairwoman chair chairperson
  head senator senators speaker secretary ambassador envoy governor mayor akim mr mrs ms dr prof professor general
  colonel director spokesperson spokesman spokeswoman ceo correspondent author coach champion player boxer judge
  prosecutor commissioner king queen prince sheikh emir member mp leader founder chief rector adviser advisor aide
  coordinator candidate nominee ex
  premer ministr mınıstr vitse spiker
  президент президента президентом премьер министр министра депутат депутата председатель председателя глава главы
  сенатор спикер секретарь посол аким заместитель вице экс руководитель директор корреспондент автор
  генерал майор полковник подполковник лейтенант капитан адмирал маршал
  президенті төрағасы төраға басшысы министрі депутаты сенаторы елші әкімі орынбасары хатшысы спикері
  президенти раиси вазири ҳокими элчиси
`);

const STOP_WORDS = words(`
  the a an in on at of for to as by with from and or but nor he she it they we i you his her its their our my your this that
  these those there here what which who whom whose when where why how all any each every some no not after before during
  according also however meanwhile while today yesterday tomorrow now then later earlier moreover furthermore besides since
  until over under about between among into through against within without upon per via than so if because although though
  whether such many most more several both other another new first second third last next one two three four five six seven
  eight nine ten mr read related news popular photo photos video source share tell main page go see let please yes
  everything everyone nothing nobody someone something let's thus therefore overall finally today's in-depth
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept
  oct nov dec monday tuesday wednesday thursday friday saturday sunday
  government cabinet parliament parliamentary senate council committee commission assembly agency office department service
  party union organization organisation republic state states national international central election elections electoral
  mission observation foreign affairs defense defence security justice finance economy health education culture sports
  information social development trade industry energy agriculture agrarian interior emergency emergencies digital
  digitalization supreme court constitutional people people's nation day week year world championship championships cup open
  forum summit congress conference program programme strategy group groups standing regional eurasian integration
  friendship cooperation inter interparliamentary inter-parliamentary secretariat press media capital city region oblast
  district province university academy institute bank fund company corporation holding airport station street avenue square
  palace house hall lower upper chamber executive manager editor women's men's women men youth birthdays birthday events
  kazakh kazakhs kazakhstan kazakhstani kazakhstanis qazaq qazaqstan kazakh-language russian russians english uzbek uzbeks
  chinese armenian turkic soviet european asian american islamic
  currency weather delegation delegations delegasiia delegatsiya delegatsiia делегация делегации делегациясы observers observer members member representatives delegation delegations
  partner partners timeline preliminary results statement findings semis semifinal final finals round rankings singles
  в во на по с со к о об из за для при как также кроме однако он она они оно это этот эта эти все всё новости теги тег фото
  читайте источник автор сегодня вчера завтра итак поэтому кроме того затем
  январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
  понедельник вторник среда четверг пятница суббота воскресенье
  сенат парламент правительство министерство комитет комиссия ассамблея республика республики государство государства
  казахстан казахстанский казахстанская казах казахи россия российский цвет расстояние телерадиокомпания
  бұл сондай-ақ сонымен осы ол олар біз ал бүгін кеше сонымен қатар жиында кездесуде
  парламенті сенаты үкімет үкіметі мемлекет мемлекеттік республикасы республикасының қазақстан қазақ елорда министрлігі
  комитеті комиссиясы ассамблеясы
  бу шунингдек мазкур ўзбекистон республикаси o'zbekiston oʻzbekiston
`);

/**
 * Lower-case words that complete a title standing before a name, in the genitive
 * (аким области Нуртлеу Имангали, министр иностранных дел ...): the name after them
 * is still a titled person's.
 */
const TITLE_COMPLEMENT_WORDS = words(`
  области района города округа региона республики страны государства министерства ведомства комитета агентства
  партии сената мажилиса парламента правительства акимата палаты совета компании банка фонда управления департамента
  иностранных внутренних дел обороны юстиции финансов экономики образования науки здравоохранения культуры информации
  энергетики сельского хозяйства труда
`);

export const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS);
export const TITLE_COMPLEMENTS: ReadonlySet<string> = new Set(TITLE_COMPLEMENT_WORDS);
export const STOP: ReadonlySet<string> = new Set([...STOP_WORDS, ...TITLE_WORDS]);

/** Lower-case, with typographic apostrophes as ASCII, for lookups in STOP and TITLES. */
export function stopKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') || lower.includes('ʼ') ? lower.replace(/[’ʼ]/g, "'") : lower;
}

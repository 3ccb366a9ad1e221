// Is a capitalized name a news outlet? In running text, "according to Kurtov" cites a person and
// "according to Interfax" an outlet; only outlets make an inline citation. A name is an outlet when it
// is a known outlet, has an outlet's shape (a web domain; "El Tiempo", "La Nacion"; a last word such as
// News, Times, Post, Monitor), or the text calls it one ("the newspaper Turkistan", "Kommersant daily").

/** Well-known agencies, papers and broadcasters in the genres Dossier reads (names are facts, not text). */
const KNOWN_OUTLETS = new Set([
  // wires and international broadcasters
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'EFE', 'Xinhua', 'Bloomberg',
  'Dow Jones', 'UPI', 'ANSA', 'DPA', 'Kyodo', 'Yonhap', 'IRNA', 'Anadolu', 'Anadolu Agency', 'BBC', 'CNN', 'MSNBC', 'Fox',
  'Fox News', 'NBC', 'ABC', 'CBS', 'NPR', 'PBS', 'Al Jazeera', 'Al Arabiya', 'Deutsche Welle', 'Euronews', 'RFE/RL',
  'Radio Free Europe', 'Radio Liberty', 'Voice of America', 'VOA', 'Politico', 'POLITICO', 'Axios', 'Vice News',
  'BuzzFeed', 'BuzzFeed News', 'The Intercept', 'ProPublica', 'InSight Crime', 'The Economist', 'Economist', 'Newsweek',
  'Forbes', 'Fortune', 'The Hill', 'Breitbart', 'The Atlantic', 'Slate', 'Salon', 'Vox', 'McClatchy', 'Univision',
  'Telemundo', 'RealClearPolitics', 'Stratfor', 'Jane’s', "Jane's", 'Eurasianet', 'EurasiaNet', 'Jamestown',
  // newspapers (English)
  'Guardian', 'The Guardian', 'Observer', 'Independent', 'Telegraph', 'Financial Times', 'FT', 'Wall Street Journal', 'WSJ',
  'New York Times', 'Washington Post', 'The Post', 'The Times', 'USA Today', 'USA TODAY', 'Los Angeles Times',
  'Miami Herald', 'Houston Chronicle', 'Dallas Morning News', 'Christian Science Monitor', 'Huffington Post',
  'The Huffington Post', 'HuffPost', 'Daily Beast', 'The Daily Beast', 'Moscow Times', 'St. Petersburg Times',
  // Russian and post-Soviet
  'Interfax', 'Interfax-AVN', 'Interfax-Kazakhstan', 'Interfax-Ukraine', 'ITAR-TASS', 'TASS', 'RIA Novosti', 'RIA', 'Regnum',
  'REGNUM', 'Rosbalt', 'Prime-TASS', 'Kommersant', 'Kommersant-Vlast', 'Izvestia', 'Izvestiya', 'Vedomosti',
  'Nezavisimaya Gazeta', 'Rossiiskaya Gazeta', 'Rossiyskaya Gazeta', 'Novaya Gazeta', 'Moskovsky Komsomolets',
  'Komsomolskaya Pravda', 'Pravda', 'Trud', 'Vremya Novostei', 'Gazeta', 'Ekho Moskvy', 'Echo Moskvy', 'NTV', 'ORT',
  'RTR', 'Channel One', 'Rossiya', 'Lenta.ru', 'Gazeta.ru', 'Newsru.com', 'Polit.ru', 'Strana.ru', 'Utro.ru',
  'Kazakhstan Today', 'Khabar', 'Khabar TV', 'Panorama', 'Turkistan', 'Karavan', 'Express-K', 'Kazinform', 'KazTAG',
  'Delovaya nedelya', 'Respublika', 'Central Asian Monitor', 'Kabar', 'AKIpress',
  'Ferghana.ru', 'Fergana', 'Uzbekistan Daily', 'UzReport', 'Zerkalo', 'Turan', 'APA', 'Trend', 'Mediamax', 'Arminfo',
  'Civil Georgia', 'Rustavi-2', 'Rustavi 2', 'Imedi', 'Ukrainska Pravda', 'Zerkalo Nedeli', 'UNIAN', 'Ukrinform',
  'Belapan', 'BelaPAN', 'Infotag', 'Moldpres', 'Asia-Plus', 'Avesta',
  'Radio Free Europe/Radio Liberty', 'Radio Svoboda', 'Azattyq', 'Azattyk', 'Azatutyun', 'Radio Azadliq', 'Radio Ozodi',
  'Ozodlik', 'Kavkaz-Uzel', 'Caucasian Knot', 'Meduza', 'RBC', 'RBK', 'Fontanka', 'TV Rain', 'Dozhd', 'Sputnik',
  'RT', 'Russia Today', 'Vesti', 'Rossiya 24', 'Rossiya-24', 'Rossiya-1', 'Rossiya 1', 'Perviy Kanal', 'Zvezda', 'Krasnaya Zvezda', 'Nezavisimoye Voyennoye Obozreniye',
  'Argumenty i Fakty', 'Ogonyok', 'Vzglyad', 'Profil', 'Novye Izvestia', 'Moskovskiye Novosti', 'Sobesednik',
  'Armenpress', 'News.am', 'Hetq', 'News.az', 'Day.az', 'Report.az', 'Azertac', 'AzerTAc', 'JAMnews', 'JAM News',
  'OC Media', 'Interpressnews', 'Tengrinews', 'Vlast.kz', 'Kursiv', 'Liter', 'Gazeta.uz', 'Kun.uz', 'Podrobno.uz',
  '24.kg', 'Kloop', 'Tut.by', 'Nasha Niva', 'Belta', 'BelTA', 'Charter 97', 'Kyiv Post', 'Hromadske', 'Dzerkalo Tyzhnia',
  'Segodnya', 'Korrespondent', 'Obozrevatel', 'Interfax-Azerbaijan', 'Eurasia Daily Monitor', 'Eurasia Review',
  'Point.md', 'Newsmaker', 'Timpul', 'Jurnal de Chisinau', 'Akipress', 'Trend News Agency',
  'NewsMaker', 'Ziarul de Gardă', 'Ziarul de Garda', 'Kaktus.media', 'Kaktus', 'Orda.kz', 'Turkmenportal', 'Chronicles of Turkmenistan',
  'Times of Central Asia', 'Caspian News', 'Civil.ge', 'Kyiv Independent', 'The Kyiv Independent', 'Suspilne', 'Babel', 'Glavcom',
  'Ekonomichna Pravda', 'Evropeiska Pravda', 'Strana.ua', 'Mediazona', 'The Insider', 'Verstka', 'Agentstvo', 'iStories',
  'Novaya Gazeta Europe', 'Zerkalo.io', 'Pozirk', 'Reform.by', 'Postimees', 'ERR', 'ERR News', 'LSM', 'LSM.lv', 'Delfi', 'LRT', 'LETA', 'BNS',
  'Yle', 'Tasnim', 'Fars', 'Mehr', 'ISNA', 'Press TV', 'Daily Sabah', 'Hurriyet', 'Hürriyet', 'Sabah', 'TRT', 'TRT World', 'Global Times',
  'People’s Daily', "People's Daily", 'China Daily', 'The Diplomat', 'Asia Times', 'Yevropeiska Pravda', 'OVD-Info', 'Er.ru',
  // European
  'Dagens Nyheter', 'Svenska Dagbladet', 'Helsingin Sanomat', 'Iltalehti', 'Handelsblatt', 'Der Spiegel', 'Spiegel', 'Die Welt',
  'Frankfurter Allgemeine Zeitung', 'FAZ', 'Süddeutsche Zeitung', 'Le Monde', 'Le Figaro', 'Libération', 'Corriere della Sera',
  'La Repubblica', 'Gazeta Wyborcza', 'Rzeczpospolita', 'PAP', 'MTI', 'Magyar Nemzet', 'Index.hu', 'Telex', 'Digi24', 'Agerpres',
  'Hotnews', 'HotNews.ro', 'Denník N', 'TASR', 'CTK', 'ČTK', 'Novinky.cz',
  // South Asia
  'Tolo News', 'Tolonews', 'TOLOnews', 'Pajhwok', 'Khaama Press', 'Dawn', 'Express Tribune', 'The Express Tribune', 'Geo News',
  'The Hindu', 'Times of India', 'Hindustan Times', 'Indian Express', 'Press Trust of India', 'NDTV',
  // Latin American and Spanish
  'El Tiempo', 'El Espectador', 'Semana', 'El Colombiano', 'El Heraldo', 'El Universal', 'Milenio', 'Proceso', 'Reforma',
  'Excelsior', 'Excélsior', 'La Jornada', 'Animal Politico', 'Animal Político', 'Zeta', 'Zeta Tijuana', 'Río Doce',
  'Rio Doce', 'El Financiero', 'El Economista', 'Noroeste', 'El Siglo de Torreon', 'El Norte', 'El Diario', 'El Faro',
  'La Prensa Grafica', 'La Prensa Gráfica', 'El Diario de Hoy', 'La Prensa', 'Prensa Libre', 'Plaza Publica',
  'Plaza Pública', 'Nomada', 'Nómada', 'El Periodico', 'El Periódico', 'Siglo 21', 'La Hora', 'El Heraldo de Honduras',
  'La Tribuna', 'Confidencial', 'La Nacion', 'La Nación', 'Clarin', 'Clarín', 'Pagina 12', 'Página 12', 'Infobae',
  'El Comercio', 'La Republica', 'La República', 'Peru21', 'IDL-Reporteros', 'Ojo Publico', 'Ojo Público',
  'El Nacional', 'El Universo', 'Expreso', 'Ultima Hora', 'Última Hora', 'ABC Color', 'El Deber', 'La Razon', 'La Razón',
  'Los Tiempos', 'El Mercurio', 'La Tercera', 'CIPER', 'El Pais', 'El País', 'El Mundo', 'O Globo', 'Globo',
  'Folha de S.Paulo', 'Folha de Sao Paulo', 'Folha', 'Estadao', 'Estadão', 'O Estado de S. Paulo', 'Veja', 'UOL',
  'El Nuevo Herald', 'El Nuevo Dia', 'Listin Diario', 'Hoy', 'Noticias Caracol', 'Caracol', 'Caracol Radio', 'RCN',
  'Blu Radio', 'La Silla Vacia', 'La Silla Vacía', 'Verdad Abierta', 'Efecto Cocuyo', 'Runrunes', 'Armando.info',
  'El Pitazo', 'Tal Cual', 'Ultimas Noticias', 'Últimas Noticias', 'Correo del Orinoco', 'La Patilla', 'Crónica Uno',
  'El Salvador Times', 'Diario Co Latino', 'Revista Factum', 'InSight', 'Telesur', 'teleSUR', 'Telesur TV',
]);

/** Last words that make a capitalized name an outlet ("Miami Herald", "Christian Science Monitor"). */
const OUTLET_LAST_WORD = new Set([
  'News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Gazeta', 'Daily', 'Monitor', 'Newsline', 'Agency',
  'Radio', 'TV', 'Television', 'Telegraph', 'Observer', 'Press', 'Magazine', 'Wire', 'Online', 'Express', 'Chronicle',
  'Dispatch', 'Diario', 'Prensa', 'Noticias', 'Globe', 'Reporter', 'Bulletin', 'Courier', 'Inquirer', 'Examiner',
  'Sentinel', 'Register', 'Record', 'Review', 'Weekly', 'Novosti', 'Vedomosti', 'Izvestia', 'Pravda', 'Channel',
  'Ledger', 'Digest', 'Signal', 'Standard', 'Star', 'Mirror', 'Sun', 'Guardian', 'Insider', 'Statesman', 'Spectator',
  'Today', 'Informer', 'Courant', 'Leader',
]);

/** Article-first names of Spanish, Portuguese, French, Italian and German papers ("El Tiempo", "La Nacion"). */
const ARTICLE_FIRST = /^(?:El|La|O|Le|Il|Die|Der|Los)\s+[A-Z]/;
/** Places and groups that share that shape. */
const ARTICLE_FIRST_NOT_OUTLETS = new Set([
  'El Salvador', 'El Paso', 'El Alto', 'El Callao', 'El Chapo', 'La Paz', 'La Guajira', 'La Libertad', 'La Habana',
  'La Ceiba', 'La Plata', 'La Familia', 'La Familia Michoacana', 'La Linea', 'La Línea', 'Los Zetas', 'Los Angeles',
  'Los Rastrojos', 'Los Urabeños', 'Los Urabenos', 'Los Caballeros Templarios', 'Los Cabos', 'Los Mochis', 'El Petén',
  'El Peten', 'La Oficina', 'La Mara', 'La Tuta', 'El Mencho', 'El Mayo', 'La Union', 'La Unión', 'Le Pen',
]);
/** A web address: any country's two letters ("lrt.lt", "yle.fi", "wp.pl") or a generic ending. */
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2}|com|org|net|info|news|media|online|site|press|today|world|asia)(?:\/\S*)?$/i;
/** Words that call the next (or previous) name an outlet. */
/** Platforms people and outlets post on, lower case: companies, never places ("wrote on Telegram", "Bloggers on Telegram"). */
export const PLATFORMS: ReadonlySet<string> = new Set(['telegram', 'facebook', 'twitter', 'x', 'vkontakte', 'youtube', 'instagram', 'whatsapp', 'tiktok', 'odnoklassniki', 'signal', 'viber']);

export const OUTLET_NOUN = '(?:newspaper|daily|weekly|paper|tabloid|magazine|journal|news\\s+agency|agency|news\\s+site|website|site|portal|outlet|broadcaster|(?:television\\s+|TV\\s+|news\\s+)?network|channel|television|TV|radio|radio\\s+station|station|wire\\s+service|publication)';
const OUTLET_NOUN_BEFORE = new RegExp(`\\b${OUTLET_NOUN}\\s+$`, 'i');
const OUTLET_NOUN_AFTER = new RegExp(`^\\s+${OUTLET_NOUN}\\b`, 'i');

export function isKnownOutlet(name: string): boolean {
  return KNOWN_OUTLETS.has(name) || KNOWN_OUTLETS.has(name.replace(/^the\s+/i, ''));
}

let knownLower: Set<string> | null = null;

/**
 * A known outlet however it is capitalized after its first letter ("Nezavisimaya gazeta"): only where the
 * context already says source (a dated parenthesis, a reporting verb).
 */
export function isKnownOutletAnyCase(name: string): boolean {
  knownLower ??= new Set([...KNOWN_OUTLETS].map((n) => n.toLowerCase()));
  return knownLower.has(name.toLowerCase().replace(/^the\s+/, ''));
}

export function isDomain(name: string): boolean {
  return DOMAIN.test(name);
}

/**
 * Whether `name` (body.slice(start, end)) names a news outlet, by lexicon, shape or what the text
 * around it calls it.
 */
export function isOutlet(name: string, body: string, start: number, end: number): boolean {
  const bare = name.replace(/^the\s+/i, '');
  if (KNOWN_OUTLETS.has(name) || KNOWN_OUTLETS.has(bare)) return true;
  // The readers hand over capitalized names, or a known outlet's lower-case tail ("Nezavisimaya gazeta").
  if (/^\p{Lu}/u.test(bare) && isKnownOutletAnyCase(bare)) return true;
  if (isDomain(bare)) return true;
  const words = bare.split(/\s+/);
  if (words.length > 1 && OUTLET_LAST_WORD.has(words[words.length - 1]!)) return true;
  // "Radio Azattyq", "Radio Tavisupleba": a station's name.
  if (words.length > 1 && words[0] === 'Radio' && /^\p{Lu}/u.test(words[1]!)) return true;
  if (ARTICLE_FIRST.test(bare) && !ARTICLE_FIRST_NOT_OUTLETS.has(bare) && words.length <= 4) return true;
  const before = body.slice(Math.max(0, start - 40), start).replace(/\bthe\s+$/i, '');
  if (OUTLET_NOUN_BEFORE.test(before)) return true;
  return OUTLET_NOUN_AFTER.test(body.slice(end, end + 24));
}

/**
 * Writes countries.json: every ISO 3166 country's name in the languages the gazetteer reads,
 * from the ICU data built into Node (Intl.DisplayNames), plus the aliases news prose uses.
 * Run after changing the aliases: `npx tsx electron/main/capture/nlp/data/generate-countries.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LANGS = ['en', 'de', 'fr', 'es', 'cs', 'ru', 'it', 'pt', 'nl', 'pl', 'uk', 'sk'];
// Region codes ICU names that are not countries.
const SKIP = new Set(['EU', 'UN', 'EZ', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'CQ']);

// Names news prose uses where ICU's differ, and common aliases. `names` overrides ICU's choice.
const OVERRIDES: Record<string, { names?: Record<string, string>; aliases?: Record<string, string[]> }> = {
  US: {
    names: { de: 'USA', cs: 'USA', ru: 'США', sk: 'USA', pl: 'USA', uk: 'США', it: 'Stati Uniti' },
    aliases: {
      '*': ['U.S.', 'US', 'USA', 'U.S.A.', 'United States of America'],
      en: ['America', 'the States'],
      de: ['Vereinigte Staaten', 'Vereinigten Staaten', 'Amerika'],
      fr: ['Etats-Unis', 'Amérique'],
      es: ['EE.UU.', 'EEUU', 'EE. UU.'],
      cs: ['Spojené státy', 'Spojených států', 'Spojeným státům', 'Amerika', 'Ameriky', 'Americe'],
      ru: ['Соединенные Штаты', 'Соединённые Штаты', 'Соединенных Штатов', 'Соединённых Штатов', 'Америка', 'Америки', 'Америке'],
    },
  },
  GB: {
    names: { de: 'Großbritannien', cs: 'Velká Británie', fr: 'Royaume-Uni', it: 'Regno Unito' },
    aliases: {
      '*': ['UK', 'U.K.'],
      en: ['Britain', 'Great Britain'],
      de: ['Vereinigtes Königreich', 'Britannien'],
      cs: ['Británie', 'Velké Británii', 'Velké Británie', 'Spojené království'],
      es: ['Gran Bretaña'],
      fr: ['Grande-Bretagne'],
    },
  },
  CZ: { aliases: { en: ['Czech Republic'], de: ['Tschechische Republik'], cs: ['Česká republika', 'České republice', 'ČR'] } },
  TR: { names: { en: 'Turkey' }, aliases: { en: ['Türkiye'] } },
  MM: { names: { en: 'Myanmar' }, aliases: { en: ['Burma'] } },
  CD: { names: { en: 'Democratic Republic of the Congo' }, aliases: { en: ['DR Congo', 'DRC', 'Congo-Kinshasa'] } },
  CG: { names: { en: 'Republic of the Congo' }, aliases: { en: ['Congo-Brazzaville'] } },
  CI: { aliases: { en: ['Ivory Coast'] } },
  HK: { names: { en: 'Hong Kong', de: 'Hongkong', cs: 'Hongkong', ru: 'Гонконг' } },
  MO: { names: { en: 'Macau', de: 'Macau', cs: 'Macao', ru: 'Макао' } },
  PS: { names: { en: 'Palestine', de: 'Palästina', cs: 'Palestina', ru: 'Палестина' } },
  KR: { names: { ru: 'Южная Корея' }, aliases: { ru: ['Республика Корея'] } },
  KP: { names: { ru: 'Северная Корея' }, aliases: { ru: ['КНДР'] } },
  AE: { names: { ru: 'ОАЭ' }, aliases: { '*': ['UAE'], ru: ['Объединенные Арабские Эмираты'] } },
  VA: { names: { en: 'Vatican' }, aliases: { en: ['Vatican City', 'Holy See'] } },
  BA: { names: { en: 'Bosnia and Herzegovina' }, aliases: { en: ['Bosnia'] } },
  NL: { aliases: { en: ['Holland'] } },
  RU: { aliases: { en: ['Russian Federation'], ru: ['Российская Федерация', 'РФ'] } },
  UA: { aliases: { ru: ['Украины', 'Украине', 'Украину', 'Украиной'] } },
  CN: { aliases: { en: ["People's Republic of China", 'PRC'] } },
  SA: { aliases: { de: ['Saudi Arabien'] } },
  XK: { names: { en: 'Kosovo' } },
};

function icuNames(code: string): Record<string, string> | null {
  const names: Record<string, string> = {};
  for (const lang of LANGS) {
    const name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(code);
    if (!name || name === code) return null;
    // "Myanmar (Burma)", "Congo - Kinshasa": keep the plain name.
    names[lang] = name.replace(/\s*\(.*\)$/u, '').replace(/ & /g, ' and ').trim();
  }
  return names;
}

const countries = [];
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    if (SKIP.has(code)) continue;
    const names = icuNames(code);
    if (!names) continue;
    const override = OVERRIDES[code];
    countries.push({ id: code, names: { ...names, ...override?.names }, aliases: override?.aliases ?? {} });
  }
}
const out = fileURLToPath(new URL('./countries.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({ places: countries }, null, 0).replace(/\},\{"id"/g, '},\n{"id"')}\n`);
console.log(`${countries.length} countries written to ${out}`);

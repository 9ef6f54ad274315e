/**
 * Renames and other names the extension knows. These are NOT spelling variants:
 * they never join a variant group, and when two of them occur in the saved articles
 * the module reports a relation with its dates ("renamed", "Russian name"), never a
 * transliteration note.
 */
import type { NameKind } from './types';

export interface RenameEntry {
  id: string;
  kind: NameKind;
  type: 'rename' | 'exonym';
  /** Each name with its spellings (Latin and Cyrillic); matched by folded key, hyphens kept significant. */
  names: readonly { name: string; spellings: readonly string[] }[];
  /** The note shown, with the years. */
  text: string;
}

export const RENAMES: readonly RenameEntry[] = [
  {
    id: 'astana',
    kind: 'place',
    type: 'rename',
    names: [
      { name: 'Akmolinsk', spellings: ['Akmolinsk', 'Акмолинск'] },
      { name: 'Tselinograd', spellings: ['Tselinograd', 'Целиноград'] },
      { name: 'Akmola', spellings: ['Akmola', 'Aqmola', 'Акмола', 'Ақмола'] },
      { name: 'Astana', spellings: ['Astana', 'Астана'] },
      { name: 'Nur-Sultan', spellings: ['Nur-Sultan', 'Нур-Султан', 'Нұр-Сұлтан', 'Nur-Sūltan'] },
    ],
    text: 'renamed, not respelled: Akmolinsk until 1961, Tselinograd 1961–1992, Akmola 1992–1998, Astana 1998–2019, Nur-Sultan from March 2019 to September 2022, Astana again since September 2022',
  },
  {
    id: 'aktobe',
    kind: 'place',
    type: 'rename',
    names: [
      { name: 'Aktyubinsk', spellings: ['Aktyubinsk', 'Актюбинск'] },
      { name: 'Aktobe', spellings: ['Aktobe', 'Aqtöbe', 'Ақтөбе', 'Актобе'] },
    ],
    text: 'renamed, not respelled: Aktyubinsk (Актюбинск) became Aktobe in 1999',
  },
  {
    id: 'almaty',
    kind: 'place',
    type: 'rename',
    names: [
      { name: 'Alma-Ata', spellings: ['Alma-Ata', 'Алма-Ата'] },
      { name: 'Almaty', spellings: ['Almaty', 'Алматы'] },
    ],
    text: 'renamed, not respelled: Alma-Ata became Almaty in 1993',
  },
  {
    id: 'semey',
    kind: 'place',
    type: 'rename',
    names: [
      { name: 'Semipalatinsk', spellings: ['Semipalatinsk', 'Семипалатинск'] },
      { name: 'Semey', spellings: ['Semey', 'Semei', 'Семей'] },
    ],
    text: 'renamed, not respelled: Semipalatinsk became Semey in 2007',
  },
  {
    id: 'amanat',
    kind: 'org',
    type: 'rename',
    names: [
      { name: 'Nur Otan', spellings: ['Nur Otan', 'Нұр Отан', 'Нур Отан'] },
      { name: 'Amanat', spellings: ['Amanat', 'Аманат'] },
    ],
    text: 'renamed, not respelled: the Nur Otan party took the name Amanat in March 2022',
  },
  {
    id: 'oskemen',
    kind: 'place',
    type: 'exonym',
    names: [
      { name: 'Ust-Kamenogorsk', spellings: ['Ust-Kamenogorsk', 'Усть-Каменогорск'] },
      { name: 'Oskemen', spellings: ['Oskemen', 'Öskemen', 'Өскемен'] },
    ],
    text: 'two names, not two spellings: Ust-Kamenogorsk is the Russian name, Öskemen the Kazakh name of the same city',
  },
  {
    id: 'petropavl',
    kind: 'place',
    type: 'exonym',
    names: [
      { name: 'Petropavlovsk', spellings: ['Petropavlovsk', 'Петропавловск'] },
      { name: 'Petropavl', spellings: ['Petropavl', 'Петропавл'] },
    ],
    text: 'two names, not two spellings: Petropavlovsk is the Russian name, Petropavl the Kazakh name of the same city',
  },
  {
    id: 'oral',
    kind: 'place',
    type: 'exonym',
    names: [
      { name: 'Uralsk', spellings: ['Uralsk', 'Уральск'] },
      { name: 'Oral', spellings: ['Oral', 'Орал'] },
    ],
    text: 'two names, not two spellings: Uralsk is the Russian name, Oral the Kazakh name of the same city',
  },
];

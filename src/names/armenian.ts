/**
 * Armenian script to a rough Latin form (BGN/PCGN-like: Հ h, Ղ gh, Ժ zh, Խ kh, Ջ j),
 * so that Հակոբյան reads hakobyan and meets Hakobyan and, through the Armenian rules
 * of the folding, Akopyan.
 */

const TABLE: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i',
  լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n',
  շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts',
  ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};

/** Lower-case rough Latin for an Armenian word. */
export function romanizeArmenian(word: string): string {
  // ու is the vowel u; ո at the start of a word before a consonant is vo.
  const lower = word.toLowerCase().replace(/ու/g, '\u0000');
  let out = '';
  for (const ch of lower) out += ch === '\u0000' ? 'u' : (TABLE[ch] ?? ch);
  return out;
}

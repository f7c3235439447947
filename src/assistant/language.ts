/** Languages aisle writes replies in. Everything that is not Chinese gets English. */
export type Language = 'en' | 'zh';

const HAN = /\p{Script=Han}/u;

/** Chinese when the request contains Han characters, else English. */
export function detectLanguage(text: string): Language {
  return HAN.test(text) ? 'zh' : 'en';
}

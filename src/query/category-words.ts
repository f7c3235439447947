/**
 * The small dictionaries behind category matching: synonym groups (each folded, singular word maps
 * to its group's canonical word), multi-word synonyms, Chinese product words, and accessory nouns
 * that turn a category word into a modifier ("phone case", "laptop bag").
 */

/** Words with the same meaning for category matching; the first word is the canonical one. */
const GROUPS: readonly (readonly string[])[] = [
  ['headphone', 'earphone', 'earbud', 'headset', 'iem'],
  ['phone', 'smartphone', 'cellphone', 'mobile'],
  ['laptop', 'notebook'],
  ['shoe', 'sneaker', 'trainer'],
  ['tv', 'television', 'telly'],
  ['speaker', 'loudspeaker'],
];

/** Folded singular word -> canonical word. */
export const CANONICAL: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap((group) => group.map((w) => [w, group[0] ?? w] as const)),
);

/** Multi-word synonyms, matched on folded singular words, replaced by canonical words. */
export const PHRASES: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['cell', 'phone'], ['phone']],
  [['mobile', 'phone'], ['phone']],
  [['smart', 'phone'], ['phone']],
  [['laptop', 'computer'], ['laptop']],
  [['notebook', 'computer'], ['laptop']],
  [
    ['coffee', 'machine'],
    ['coffee', 'maker'],
  ],
  [
    ['espresso', 'machine'],
    ['coffee', 'maker'],
  ],
  [
    ['coffee', 'brewer'],
    ['coffee', 'maker'],
  ],
  [['coffeemaker'], ['coffee', 'maker']],
  [['ear', 'bud'], ['headphone']],
  [['in', 'ear', 'headphone'], ['headphone']],
];

/** Chinese product words -> the English words they stand for (longest first when scanning). */
export const CJK_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['笔记本电脑', ['laptop']],
  ['头戴式耳机', ['headphone']],
  ['蓝牙音箱', ['bluetooth', 'speaker']],
  ['蓝牙音响', ['bluetooth', 'speaker']],
  ['蓝牙耳机', ['bluetooth', 'headphone']],
  ['厨房电器', ['kitchen', 'appliance']],
  ['电子产品', ['electronic']],
  ['智能手机', ['phone']],
  ['笔记本', ['laptop']],
  ['咖啡机', ['coffee', 'maker']],
  ['运动鞋', ['shoe']],
  ['跑步鞋', ['running', 'shoe']],
  ['耳机', ['headphone']],
  ['耳麦', ['headphone']],
  ['音箱', ['speaker']],
  ['音响', ['speaker']],
  ['手机', ['phone']],
  ['跑鞋', ['running', 'shoe']],
  ['鞋子', ['shoe']],
  ['玩具', ['toy']],
  ['图书', ['book']],
  ['书籍', ['book']],
  ['电视', ['tv']],
  ['音频', ['audio']],
  ['蓝牙', ['bluetooth']],
  ['鞋', ['shoe']],
];

/** Nouns after a category word that make it a modifier: "phone case" is not a phone. */
export const ACCESSORY_NOUNS: ReadonlySet<string> = new Set(
  (
    'case cover bag sleeve stand charger cable mount holder strap adapter protector dock skin tip pad ' +
    'cushion accessory battery part lace insole rack cleaner filter pod capsule grip hook hanger organizer ' +
    'shelf box backpack tray clip wire cord replacement repair'
  ).split(' '),
);

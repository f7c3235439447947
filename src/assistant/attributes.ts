/**
 * Product attributes said to a shopper: labels (English and Chinese), short "fact" phrases for
 * the why-line, and numeric readings for comparisons ("lighter", "longer battery"). Pure.
 */
import type { Product } from '../catalog/product.ts';
import type { Language } from './language.ts';

const LABELS: Readonly<Record<string, readonly [string, string]>> = {
  color: ['Color', '颜色'],
  weight: ['Weight', '重量'],
  connectivity: ['Connectivity', '连接'],
  batteryLife: ['Battery life', '续航'],
  waterResistance: ['Water resistance', '防水'],
  output: ['Output', '功率'],
  noiseCancelling: ['Noise cancelling', '降噪'],
  type: ['Type', '类型'],
  screenSize: ['Screen', '屏幕'],
  display: ['Display', '显示屏'],
  cpu: ['Processor', '处理器'],
  gpu: ['Graphics', '显卡'],
  ram: ['RAM', '内存'],
  storage: ['Storage', '存储'],
  os: ['OS', '系统'],
  camera: ['Camera', '摄像头'],
  battery: ['Battery', '电池'],
  gps: ['GPS', 'GPS'],
  size: ['Size', '尺寸'],
  material: ['Material', '材质'],
  capacity: ['Capacity', '容量'],
  wattage: ['Wattage', '功率'],
  resolution: ['Resolution', '分辨率'],
  sensor: ['Sensor', '传感器'],
  video: ['Video', '视频'],
  author: ['Author', '作者'],
  pages: ['Pages', '页数'],
  format: ['Format', '装帧'],
  language: ['Language', '语言'],
  ageRange: ['Ages', '适用年龄'],
  gender: ['For', '适用'],
  terrain: ['Terrain', '路面'],
  drop: ['Drop', '落差'],
  support: ['Support', '支撑'],
  fit: ['Fit', '版型'],
  speakerType: ['Speaker type', '音箱类型'],
  cameraType: ['Camera type', '相机类型'],
  noise: ['Noise', '噪音'],
  pieces: ['Pieces', '颗粒数'],
};

/** Attributes worth naming first when none matches the request, most telling first. */
export const HEADLINE_KEYS: readonly string[] = [
  'connectivity',
  'batteryLife',
  'noiseCancelling',
  'type',
  'cpu',
  'ram',
  'storage',
  'screenSize',
  'resolution',
  'sensor',
  'video',
  'capacity',
  'wattage',
  'waterResistance',
  'weight',
  'author',
  'pages',
  'ageRange',
  'pieces',
  'terrain',
  'support',
  'material',
  'fit',
  'output',
];

/** A readable label for an attribute key ("batteryLife" -> "Battery life"). */
export function attributeLabel(key: string, language: Language): string {
  const known = LABELS[key];
  if (known) return language === 'zh' ? known[1] : known[0];
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const MAX_FACT = 32;

/** Fact phrases per attribute key: [English, Chinese], each given the value. */
const FACTS: Readonly<Record<string, readonly [(v: string) => string, (v: string) => string]>> = {
  batteryLife: [(v) => `${v} battery`, (v) => `续航${v}`],
  ram: [(v) => `${v} RAM`, (v) => `${v}内存`],
  screenSize: [(v) => `${v} screen`, (v) => `${v}屏幕`],
  output: [(v) => `${v} output`, (v) => `${v}输出`],
  pages: [(v) => `${v} pages`, (v) => `${v}页`],
  author: [(v) => `by ${v}`, (v) => `作者${v}`],
  ageRange: [(v) => `ages ${v}`, (v) => `适合${v}`],
  pieces: [(v) => `${v} pieces`, (v) => `${v}颗粒`],
  drop: [(v) => `${v} drop`, (v) => `落差${v}`],
  weight: [(v) => v, (v) => `重${v}`],
};

/** A short phrase stating one attribute as a fact ("30 h battery", "续航30 h"); undefined to skip. */
export function attributeFact(key: string, value: string, language: Language): string | undefined {
  const v = value.trim();
  if (!v || v.length > MAX_FACT) return undefined;
  if (/^(?:yes|no)$/i.test(v)) {
    if (v.toLowerCase() === 'no') return undefined;
    if (key === 'noiseCancelling') return language === 'zh' ? '主动降噪' : 'noise cancelling';
    return attributeLabel(key, language);
  }
  // A list of colours says nothing about this pick.
  if (key === 'color' && v.includes(',')) return undefined;
  const fact = FACTS[key];
  return fact ? fact[language === 'zh' ? 1 : 0](v) : v;
}

const UNITS: Readonly<Record<string, number>> = {
  g: 1,
  kg: 1000,
  lb: 453.6,
  lbs: 453.6,
  oz: 28.35,
  h: 1,
  hr: 1,
  hrs: 1,
  hours: 1,
  min: 1 / 60,
  days: 24,
  day: 24,
  gb: 1,
  tb: 1024,
  mb: 1 / 1024,
  in: 1,
  mm: 1,
  w: 1,
  mah: 1,
  db: 1,
  mp: 1,
  l: 1,
  cups: 1,
};

/** The first number in an attribute value, in a base unit ("2.1 kg" -> 2100, "11 days" -> 264). */
export function attributeNumber(value: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*([a-z]+)?/i.exec(value);
  if (!m?.[1]) return undefined;
  const n = Number(m[1]);
  const unit = m[2]?.toLowerCase();
  const factor = unit === undefined ? 1 : (UNITS[unit] ?? 1);
  return Number.isFinite(n) ? n * factor : undefined;
}

/** Every attribute of a product with a readable label and value, for tables. */
export function attributeRows(
  p: Product,
  language: Language,
): { key: string; label: string; value: string }[] {
  return Object.entries(p.attributes)
    .filter(([, v]) => v.trim() !== '')
    .map(([key, value]) => ({ key, label: attributeLabel(key, language), value }));
}

/**
 * Product cards as the Reply carries them: plain data drawn from the product, a why-line, an
 * optional promo label, and staff-only fields (SKU, stock count) for support staff.
 */
import { formatMoney } from '../catalog/money.ts';
import { type Availability, categoryLabel, type Product } from '../catalog/product.ts';
import type { Language } from './language.ts';
import type { ProductCard } from './types.ts';

const STOCK_TEXT: Readonly<Record<Availability, readonly [string, string]>> = {
  in_stock: ['In stock', '有货'],
  out_of_stock: ['Out of stock', '缺货'],
  preorder: ['Pre-order', '预售'],
  backorder: ['Backorder', '需补货'],
};

/** "In stock", "缺货"… */
export function stockText(a: Availability, language: Language): string {
  const [en, zh] = STOCK_TEXT[a];
  return language === 'zh' ? zh : en;
}

/** Display form of a price in the reply's language. */
export function priceText(p: Pick<Product, 'price'>, language: Language): string {
  return formatMoney(p.price, language === 'zh' ? 'zh-CN' : 'en-US');
}

/** One card. `staff` adds SKU and stock count. */
export function toCard(opts: {
  product: Product;
  position: number;
  score: number;
  why: string;
  language: Language;
  promoLabel?: string | undefined;
  staff?: boolean;
}): ProductCard {
  const { product: p, language } = opts;
  const stockCount = p.stockCount ?? sumVariantStock(p);
  return {
    position: opts.position,
    id: p.id,
    title: p.title,
    brand: p.brand,
    category: categoryLabel(p),
    price: p.price,
    priceText: priceText(p, language),
    ...(p.listPrice && p.listPrice.minor > p.price.minor
      ? { listPrice: p.listPrice, listPriceText: priceText({ price: p.listPrice }, language) }
      : {}),
    availability: p.availability,
    stockText: stockText(p.availability, language),
    ...(p.url ? { url: p.url } : {}),
    ...(p.imageUrl ? { imageUrl: p.imageUrl } : {}),
    why: opts.why,
    score: Math.round(opts.score * 10_000) / 10_000,
    ...(opts.promoLabel ? { promoLabel: opts.promoLabel } : {}),
    ...(opts.staff
      ? {
          staff: {
            ...(p.sku ? { sku: p.sku } : {}),
            ...(stockCount !== undefined ? { stockCount } : {}),
          },
        }
      : {}),
  };
}

function sumVariantStock(p: Product): number | undefined {
  const counts = p.variants.map((v) => v.stockCount).filter((c): c is number => c !== undefined);
  return counts.length > 0 ? counts.reduce((a, b) => a + b, 0) : undefined;
}

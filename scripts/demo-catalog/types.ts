/** Stock states, spelled as in aisle's canonical JSON format. */
export type Availability = 'in_stock' | 'out_of_stock' | 'preorder' | 'backorder';

/** Attribute map of a product or variant. */
export type Attrs = Readonly<Record<string, string>>;

/** Template variables for descriptions; an empty string or "no" counts as absent. */
export type Words = Readonly<Record<string, string | undefined>>;

/** One option on a variant axis and what it adds to the base price, in cents. */
export interface AxisValue {
  readonly value: string;
  readonly addCents: number;
}

/** A dimension products vary along (colour, size, storage); variants are their cross product. */
export interface Axis {
  readonly attr: string;
  readonly values: readonly AxisValue[];
}

/** One separate shop listing made from a spec, e.g. the blue one of a model sold per colour. */
export interface Listing {
  /** Appended to the spec's title; empty for the plain listing. */
  readonly suffix: string;
  readonly attrs?: Attrs;
  readonly addCents?: number;
  readonly words?: Words;
}

/** A model as written in the data tables, before prices, stock and text are generated. */
export interface Spec {
  readonly brand: string;
  /** Short model name used in descriptions and SKUs. */
  readonly model: string;
  readonly title: string;
  /** Category path with " > " between segments. */
  readonly path: string;
  readonly priceCents: number;
  /** Reference price when the model is on sale. */
  readonly listCents?: number;
  readonly attrs: Attrs;
  readonly tags: readonly string[];
  readonly words: Words;
  /** A sentence written for this model. */
  readonly hook?: string;
  readonly lang: 'en' | 'zh';
  readonly axes: readonly Axis[];
  readonly listings: readonly Listing[];
  /** Fixed stock state instead of a random one. */
  readonly availability?: Availability;
}

/** Phrase pools that descriptions are assembled from. */
export interface Pools {
  readonly openers: readonly string[];
  readonly features: readonly string[];
  readonly uses: readonly string[];
  readonly closers: readonly string[];
}

/** One category group: id prefix, icon, phrase pools and the models it sells. */
export interface CategoryDef {
  readonly key: string;
  readonly prefix: string;
  readonly pools: Pools;
  readonly specs: readonly Spec[];
}

/** A variant record in aisle's canonical JSON format. */
export interface DemoVariant {
  id: string;
  title: string;
  sku: string;
  price: string;
  availability: Availability;
  stockCount: number;
  attributes: Record<string, string>;
}

/** A product record in aisle's canonical JSON format. */
export interface DemoRecord {
  id: string;
  title: string;
  description: string;
  brand: string;
  category: string;
  price: string;
  currency: string;
  availability: Availability;
  stockCount: number;
  url: string;
  imageUrl: string;
  tags: string[];
  attributes: Record<string, string>;
  rating?: number;
  ratingCount?: number;
  variants?: DemoVariant[];
  sku: string;
  listPrice?: string;
}

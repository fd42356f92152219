// AppData: a single-table design (users, products, orders, order lines) whose items
// together hold every attribute type, plus the edge-case items from edgeCases.ts.
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { createRng, type Rng } from './prng.js';
import type { Item } from './movies.js';
import { edgeCaseItems } from './edgeCases.js';
import { generateOrders } from './orders.js';
import { s, n, bool, nul, list, map, decimal, bytes, emailHandle, isoMinute } from './values.js';

export const APP_TABLE = 'AppData';
export const APP_GSI = 'GSI1';

export const appDataTable: CreateTableCommandInput = {
  TableName: APP_TABLE,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
    { AttributeName: 'GSI1PK', AttributeType: 'S' },
    { AttributeName: 'GSI1SK', AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: [{
    IndexName: APP_GSI,
    KeySchema: [
      { AttributeName: 'GSI1PK', KeyType: 'HASH' },
      { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  }],
};

const USER_NAMES = [
  'Ada Lovelace', 'José Álvarez', 'Zoë Martin', '李小龍', '田中 さくら', 'محمد العلي', 'שרה כהן',
  'Nguyễn Văn An', 'Søren Kierkegaard', 'Łukasz Wójcik', 'Ahmet Yılmaz', 'Ólafur Arnalds',
  'Chloé Dubois', 'Raj Patel', 'Kwame Mensah', 'Анна Иванова', 'Γιώργος Παπαδόπουλος',
  'Siobhán Ní Bhriain', 'Mia Müller', '김민준', 'Grace Hopper', 'Linus Berg', 'Amara Okafor',
  'Tomás Ó Súilleabháin', 'Priya Sharma', 'Omar Haddad', 'Ingrid Holm', 'Mateo Rossi',
  'Yuki Sato', 'Fatima Zahra',
];
const CITIES = [
  ['Lisbon', 'PT'], ['Osaka', 'JP'], ['Cairo', 'EG'], ['Tel Aviv', 'IL'], ['Hanoi', 'VN'],
  ['Copenhagen', 'DK'], ['Kraków', 'PL'], ['Austin', 'US'], ['Accra', 'GH'], ['Seoul', 'KR'],
];
const TAGS = ['beta', 'vip', 'newsletter', 'early-adopter', 'support-priority', 'wholesale'];

function user(rng: Rng, index: number, name: string): Item {
  const id = `u${String(index).padStart(3, '0')}`;
  const email = `${emailHandle(name, index)}@example.com`;
  const [city, country] = rng.pick(CITIES);
  const item: Item = {
    pk: s(`USER#${id}`), sk: s('PROFILE'), entity: s('User'), userId: s(id),
    GSI1PK: s(`EMAIL#${email}`), GSI1SK: s(`USER#${id}`),
    name: s(name), email: s(email), createdAt: s(isoMinute(rng.int(0, 400_000))),
    verified: bool(rng.chance(0.7)), loginCount: n(rng.int(0, 5000)),
    balance: n(decimal(rng.int(-50_000, 5_000_000))),
    avatar: { B: bytes(rng, rng.int(16, 64)) },
    address: map({
      street: s(`${rng.int(1, 999)} ${rng.pick(['Main', 'Harbour', 'Station', 'Garden'])} Street`),
      city: s(city), country: s(country), postcode: s(String(rng.int(1000, 99999))),
      geo: map({ lat: n(decimal(rng.int(-90e6, 90e6), 6)), lon: n(decimal(rng.int(-180e6, 180e6), 6)) }),
    }),
    preferences: map({
      theme: s(rng.pick(['dark', 'light', 'system'])),
      notifications: map({ email: bool(rng.chance(0.5)), sms: bool(rng.chance(0.2)), push: bool(rng.chance(0.6)) }),
      languages: list(...rng.sample(['en', 'fr', 'ja', 'ar', 'he', 'pt', 'ko'], rng.int(1, 3)).map(s)),
    }),
  };
  if (rng.chance(0.8)) item.tags = { SS: rng.sample(TAGS, rng.int(1, 3)) };
  if (rng.chance(0.3)) item.keyFingerprints = { BS: [bytes(rng, 8), bytes(rng, 8)] };
  if (rng.chance(0.25)) item.nickname = s('');
  if (rng.chance(0.2)) item.deletedAt = nul;
  return item;
}

const PRODUCTS: [name: string, category: string][] = [
  ['Café Crème Mug', 'kitchen'], ['Sakura 桜 Tea Set', 'kitchen'], ['Cast Iron Pan', 'kitchen'],
  ['Trail Runner 2', 'shoes'], ['City Sneaker', 'shoes'], ['Rain Boot', 'shoes'],
  ['Merino Socks', 'clothing'], ['Linen Shirt', 'clothing'], ['Wool Scarf', 'clothing'],
  ['Desk Lamp', 'home'], ['Oak Shelf', 'home'], ['Ceramic Vase', 'home'],
  ['Notebook A5', 'stationery'], ['Fountain Pen', 'stationery'], ['Ink — Midnight Blue', 'stationery'],
  ['USB-C Cable 2 m', 'electronics'], ['Noise-Cancelling Headphones', 'electronics'],
  ['E-Reader', 'electronics'], ['Yoga Mat', 'sport'], ['Water Bottle 750 ml', 'sport'],
];

export interface Product { id: string; name: string; priceCents: number; sized: boolean }

function product(rng: Rng, index: number, [name, category]: [string, string]): { item: Item; product: Product } {
  const id = `p${String(index).padStart(2, '0')}`;
  const priceCents = rng.int(3, 400) * 100 - rng.pick([0, 1, 5, 50]);
  const sized = category === 'shoes' || category === 'clothing';
  const item: Item = {
    pk: s(`PRODUCT#${id}`), sk: s('META'), entity: s('Product'), productId: s(id),
    GSI1PK: s(`CATEGORY#${category}`), GSI1SK: s(`PRODUCT#${name}`),
    name: s(name), category: s(category), price: n(decimal(priceCents)),
    inStock: bool(rng.chance(0.85)), stock: n(rng.int(0, 250)),
    weightKg: n(decimal(rng.int(20, 9000), 3)),
    dimensionsCm: map({ w: n(rng.int(1, 80)), h: n(rng.int(1, 80)), d: n(decimal(rng.int(5, 400), 1)) }),
  };
  if (sized) {
    const sizes = category === 'shoes' ? ['38', '39', '40', '40.5', '41', '42', '43.5'] : ['1', '2', '3', '4'];
    item.sizes = { NS: rng.sample(sizes, rng.int(2, sizes.length)) };
  }
  if (rng.chance(0.6)) item.colors = { SS: rng.sample(['black', 'white', 'sand', 'navy', 'olive', 'rust'], rng.int(1, 4)) };
  if (rng.chance(0.5)) item.thumbnail = { B: bytes(rng, rng.int(24, 96)) };
  return { item, product: { id, name, priceCents, sized } };
}

/** Every AppData item, identical on every call. */
export function generateAppData(): Item[] {
  const rng = createRng(0x41707044);
  const users = USER_NAMES.map((name, i) => user(rng, i + 1, name));
  const made = PRODUCTS.map((p, i) => product(rng, i + 1, p));
  const orders = generateOrders(rng, users, made.map((m) => m.product));
  return [...users, ...made.map((m) => m.item), ...orders, ...edgeCaseItems()];
}

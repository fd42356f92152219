// Deterministic items for the data benches. Item i depends only on i (its own seeded
// generator), so a table of 20,000 is the first tenth of the one of 200,000, byte for byte.
import { createRng, type Rng } from '../src/demo/prng.js';
import { bool, bytes, decimal, isoMinute, list, map, n, nul, s } from '../src/demo/values.js';
import { FIRST_NAMES, GENRES, GOALS, LAST_NAMES, PLACES, ROLES, TWISTS } from '../src/demo/words.js';
import type { Item } from './dataEngine.js';

const key = (prefix: string, i: number) => s(`${prefix}#${String(i).padStart(7, '0')}`);
const b64 = (rng: Rng, length: number) => Buffer.from(bytes(rng, length));
const sentence = (rng: Rng) => `A ${rng.pick(ROLES)} in ${rng.pick(PLACES)} ${rng.pick(GOALS)}, and ${rng.pick(TWISTS)}.`;

/**
 * A wide item for the keystroke bench: 27 attributes of every type, so the grid formats
 * numbers (38 digits, negative decimals), sets, binary, nested maps and lists, NULL, BOOL,
 * empty and long unicode strings; about 1 KB.
 */
export function wideItem(i: number): Item {
  const rng = createRng(0x5eed + i);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return {
    pk: key('user', i),
    name: s(`${first} ${last}`),
    email: s(`${first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${i}@example.com`),
    age: n(rng.int(18, 90)),
    balance: n(decimal(rng.int(-500_000, 5_000_000))),
    accountId: n(`${rng.int(1, 9)}${String(i).padStart(37, '0')}`),
    drift: n(`-0.0000${rng.int(1, 99_999)}`),
    active: bool(rng.chance(0.7)),
    deletedAt: nul,
    tags: { SS: rng.sample(GENRES, rng.int(2, 5)) },
    scores: { NS: Array.from(new Set(Array.from({ length: 4 }, () => String(rng.int(0, 1000))))) },
    keys: { BS: [b64(rng, 8), b64(rng, 12)] },
    avatar: { B: b64(rng, 24) },
    bio: s(`${sentence(rng)} ${sentence(rng)} ${sentence(rng)}`),
    city: s(rng.pick(PLACES)),
    createdAt: s(isoMinute(rng.int(0, 1_000_000))),
    updatedAt: s(isoMinute(rng.int(1_000_000, 2_000_000))),
    address: map({
      street: s(`${rng.int(1, 999)} ${rng.pick(LAST_NAMES)} Street`),
      city: s(rng.pick(PLACES)),
      zip: s(String(rng.int(10_000, 99_999))),
      geo: map({ lat: n(decimal(rng.int(-9_000_000, 9_000_000), 5)), lon: n(decimal(rng.int(-18_000_000, 18_000_000), 5)) }),
    }),
    prefs: map({ theme: s(rng.pick(['dark', 'light', 'solarized'])), notify: bool(rng.chance(0.5)), langs: list(s('en'), s(rng.pick(['pt', 'de', 'ja', 'fr']))) }),
    history: list(...Array.from({ length: 4 }, () => map({ at: s(isoMinute(rng.int(0, 2_000_000))), action: s(rng.pick(['login', 'edit', 'share', 'export'])) }))),
    note: s(''),
    version: n(rng.int(1, 40)),
    role: s(rng.pick(['admin', 'editor', 'viewer', 'owner'])),
    plan: s(rng.pick(['free', 'team', 'enterprise'])),
    counts: map({ views: n(rng.int(0, 1_000_000)), likes: n(rng.int(0, 50_000)) }),
    matrix: list(list(n(rng.int(0, 9)), n(rng.int(0, 9))), list(n(rng.int(0, 9)), n(rng.int(0, 9)))),
    motto: s(`${rng.pick(GOALS)} — ${rng.pick(TWISTS)} ✓`),
  };
}

/** The paging-memory item: 11 attributes of the usual types, about 480 bytes. */
export function pagingItem(i: number): Item {
  const rng = createRng(0xbe7c4 + i);
  return {
    pk: key('item', i),
    name: s(`${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`),
    email: s(`member.${i}@example.com`),
    createdAt: s(isoMinute(rng.int(0, 2_000_000))),
    score: n(decimal(rng.int(0, 10_000_000))),
    visits: n(rng.int(0, 1_000_000)),
    active: bool(rng.chance(0.6)),
    tags: { SS: rng.sample(GENRES, 3) },
    address: map({ street: s(`${rng.int(1, 999)} ${rng.pick(LAST_NAMES)} Street`), city: s(rng.pick(PLACES)), zip: s(String(rng.int(10_000, 99_999))) }),
    history: list(...Array.from({ length: 4 }, () => n(rng.int(0, 999)))),
    notes: s(`${sentence(rng)} ${sentence(rng)} ${sentence(rng)}`),
  };
}

/** An item's size by DynamoDB's rules (UTF-8 names and strings, numbers ~1 byte per 2 digits). */
export function itemBytes(item: Item): number {
  let total = 0;
  for (const [name, value] of Object.entries(item)) total += Buffer.byteLength(name) + valueBytes(value);
  return total;
}

function valueBytes(v: Item[string]): number {
  if (v.S !== undefined) return Buffer.byteLength(v.S);
  if (v.N !== undefined) return Math.ceil(v.N.replace(/[-.]/g, '').length / 2) + 1;
  if (v.B !== undefined) return v.B.length;
  if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
  if (v.SS) return v.SS.reduce((t, x) => t + Buffer.byteLength(x), 0);
  if (v.NS) return v.NS.reduce((t, x) => t + Math.ceil(x.length / 2) + 1, 0);
  if (v.BS) return v.BS.reduce((t, x) => t + x.length, 0);
  if (v.L) return 3 + v.L.reduce((t, x) => t + 1 + valueBytes(x), 0);
  if (v.M) return 3 + Object.entries(v.M).reduce((t, [k, x]) => t + 1 + Buffer.byteLength(k) + valueBytes(x), 0);
  return 0;
}

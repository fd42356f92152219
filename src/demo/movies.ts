// The Movies sample table: a classic partition + sort key layout with one GSI and one
// LSI, and enough items (3,476) that scans and queries really page.
import type { AttributeValue, CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { createRng, type Rng } from './prng.js';
import {
  ADJECTIVES, NOUNS, PLACES, FIRST_NAMES, LAST_NAMES, GENRES, ROLES, GOALS, TWISTS,
} from './words.js';

export type Item = Record<string, AttributeValue>;

export const MOVIES_TABLE = 'Movies';
export const MOVIES_GSI = 'GenreRatingIndex';
export const MOVIES_LSI = 'YearRatingIndex';
export const FIRST_YEAR = 1920;
export const LAST_YEAR = 2025;

export const moviesTable: CreateTableCommandInput = {
  TableName: MOVIES_TABLE,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [
    { AttributeName: 'year', AttributeType: 'N' },
    { AttributeName: 'title', AttributeType: 'S' },
    { AttributeName: 'genre', AttributeType: 'S' },
    { AttributeName: 'rating', AttributeType: 'N' },
  ],
  KeySchema: [
    { AttributeName: 'year', KeyType: 'HASH' },
    { AttributeName: 'title', KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: [{
    IndexName: MOVIES_GSI,
    KeySchema: [
      { AttributeName: 'genre', KeyType: 'HASH' },
      { AttributeName: 'rating', KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  }],
  // INCLUDE rather than ALL so the demo has an index that does not carry every
  // attribute: the UI must show what a projection leaves out.
  LocalSecondaryIndexes: [{
    IndexName: MOVIES_LSI,
    KeySchema: [
      { AttributeName: 'year', KeyType: 'HASH' },
      { AttributeName: 'rating', KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['genre'] },
  }],
};

/** Tenths as DynamoDB prints them back: 7.0 is stored and returned as "7". */
function ratingText(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'An' : 'A');

function makeTitle(rng: Rng): string {
  const adj = rng.pick(ADJECTIVES), noun = rng.pick(NOUNS), place = rng.pick(PLACES);
  switch (rng.int(0, 7)) {
    case 0: return `The ${adj} ${noun}`;
    case 1: return `${noun} of ${place}`;
    case 2: return `${adj} ${noun}`;
    case 3: return `${article(noun)} ${noun} in ${place}`;
    case 4: return `${rng.pick(FIRST_NAMES)}'s ${noun}`;
    case 5: return `Return to ${place}`;
    case 6: return `The ${noun} and the ${rng.pick(NOUNS)}`;
    default: return `${adj} ${noun} ${rng.pick(['II', 'III', 'Returns', 'Rising', 'Forever'])}`;
  }
}

function makePlot(rng: Rng): string {
  const role = rng.pick(ROLES);
  return `${article(role)} ${role} ${rng.pick(GOALS)} in ${rng.pick(PLACES)}, where ${rng.pick(TWISTS)}.`;
}

/** How many movies a year gets: few in the 1920s, many recently, so query counts vary. */
function moviesInYear(rng: Rng, year: number): number {
  const t = (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR);
  return 4 + Math.floor(62 * t ** 1.5) + rng.int(0, 8);
}

/** Every Movies item, identical on every call. */
export function generateMovies(): Item[] {
  const rng = createRng(0x4d6f7669);
  const actors = rng.sample(
    FIRST_NAMES.flatMap((f) => LAST_NAMES.map((l) => `${f} ${l}`)), 400);
  const items: Item[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const titles = new Set<string>();
    const count = moviesInYear(rng, year);
    while (titles.size < count) titles.add(makeTitle(rng));
    for (const title of titles) {
      // Three uniform draws give a bell-ish spread of ratings around 5.5.
      const rating = ratingText(10 + rng.int(0, 30) + rng.int(0, 30) + rng.int(0, 29));
      const genres = rng.sample(GENRES, rng.int(1, 3));
      const month = String(rng.int(1, 12)).padStart(2, '0');
      const day = String(rng.int(1, 28)).padStart(2, '0');
      const info: Item = {
        rating: { N: rating },
        genres: { SS: genres },
        release_date: { S: `${year}-${month}-${day}` },
        running_time_secs: { N: String(rng.int(60, 200) * 60) },
      };
      // Some movies lack a plot or a cast, as real catalogue data does.
      if (!rng.chance(0.07)) info.plot = { S: makePlot(rng) };
      if (!rng.chance(0.05)) {
        info.actors = { L: rng.sample(actors, rng.int(1, 5)).map((a) => ({ S: a })) };
      }
      items.push({
        year: { N: String(year) },
        title: { S: title },
        genre: { S: genres[0] },
        rating: { N: rating },
        info: { M: info },
      });
    }
  }
  return items;
}

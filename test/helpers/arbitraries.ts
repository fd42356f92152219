/**
 * fast-check arbitraries for DynamoDB items that DynamoDB would accept: every
 * attribute type, numbers at the edges of the 38-digit / 1E-130..1E+126 range in
 * several spellings, sets without duplicates, binary, empty strings, deep nesting,
 * and names chosen to trip up JSON handling (`__proto__`, `$SS`, `10`, emoji).
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';

export type Item = Record<string, AttributeValue>;

const nonZeroDigit = fc.constantFrom(...'123456789');
const digit = fc.constantFrom(...'0123456789');

/** sign, significant digits (no leading/trailing zeros) and scientific exponent. */
export const numberParts = fc.record({
  negative: fc.boolean(),
  digits: fc.oneof(
    nonZeroDigit,
    fc.tuple(nonZeroDigit, fc.string({ unit: digit, maxLength: 36 }), nonZeroDigit).map(([a, m, z]) => a + m + z),
  ),
  exponent: fc.integer({ min: -130, max: 125 }),
});

type Parts = { negative: boolean; digits: string; exponent: number };
type Spelling = 'E' | 'e+' | 'plain';

/** JSON-valid spellings of one value: `1.5E+3`, `1.5e+3`, `1500`, `0.0015`. */
export function spellNumber(p: Parts, spelling: Spelling): string {
  const sign = p.negative ? '-' : '';
  const [first, rest] = [p.digits[0], p.digits.slice(1)];
  if (spelling !== 'plain') {
    const mark = spelling === 'E' ? 'E' : 'e';
    const expSign = p.exponent >= 0 && spelling === 'e+' ? '+' : '';
    return `${sign}${first}${rest ? `.${rest}` : ''}${mark}${expSign}${p.exponent}`;
  }
  const lastPower = p.exponent - (p.digits.length - 1);
  if (lastPower >= 0) return sign + p.digits + '0'.repeat(lastPower);
  if (p.exponent >= 0) return `${sign}${p.digits.slice(0, p.exponent + 1)}.${p.digits.slice(p.exponent + 1)}`;
  return `${sign}0.${'0'.repeat(-p.exponent - 1)}${p.digits}`;
}

const partsKey = (p: Parts): string => `${p.negative ? '-' : ''}${p.digits}e${p.exponent}`;

const spelling = fc.constantFrom<Spelling>('E', 'e+', 'plain');

const edgeParts = fc.constantFrom<Parts>(
  { negative: true, digits: '1', exponent: -130 },
  { negative: false, digits: '1', exponent: -130 },
  { negative: false, digits: '9'.repeat(38), exponent: 125 },
  { negative: true, digits: '9'.repeat(38), exponent: 125 },
  { negative: true, digits: '12345678901234567890123456789012345678', exponent: 37 },
  { negative: false, digits: '9'.repeat(38), exponent: 37 },
  { negative: false, digits: '1', exponent: -1 },
);

/** A number's text and a key equal for equal values (for unique number sets). */
export const dynamoNumber: fc.Arbitrary<{ text: string; key: string }> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(numberParts, spelling) },
  { weight: 1, arbitrary: fc.tuple(edgeParts, spelling) },
  { weight: 1, arbitrary: fc.constant(null) },
).map((v) => (v === null ? { text: '0', key: '0' } : { text: spellNumber(v[0], v[1]), key: partsKey(v[0]) }));

export const dynamoNumberText = dynamoNumber.map((n) => n.text);

export const stringValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('', 'null', 'true', '1', 'AAEC', '$SS', '日本語のテキスト', '👩‍👩‍👧 family', 'line\nbreak\ttab', '\u001b[31mred', '"quoted"'),
);

export const attributeName = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', '$SS', '$B', '$M', '$L', '$N', '10', '2', 'a.b', 'a b', '名前', '🔑', 'S', 'N'),
);

export const binaryValue = fc.uint8Array({ maxLength: 24 });

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

export const scalarValue: fc.Arbitrary<AttributeValue> = fc.oneof(
  stringValue.map((S): AttributeValue => ({ S })),
  dynamoNumberText.map((N): AttributeValue => ({ N })),
  binaryValue.map((B): AttributeValue => ({ B })),
  fc.uniqueArray(stringValue, { minLength: 1, maxLength: 5 }).map((SS): AttributeValue => ({ SS })),
  fc.uniqueArray(dynamoNumber, { minLength: 1, maxLength: 5, selector: (n) => n.key })
    .map((ns): AttributeValue => ({ NS: ns.map((n) => n.text) })),
  fc.uniqueArray(binaryValue, { minLength: 1, maxLength: 4, selector: hex }).map((BS): AttributeValue => ({ BS })),
  fc.constant<AttributeValue>({ NULL: true }),
  fc.boolean().map((BOOL): AttributeValue => ({ BOOL })),
);

const entries = <T>(value: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(fc.tuple(attributeName, value), { selector: ([k]) => k, maxLength });

const tree = fc.letrec<{ value: AttributeValue; map: AttributeValue; list: AttributeValue }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 5 }, scalarValue, tie('map'), tie('list')),
  // Object.fromEntries, unlike assignment, keeps a `__proto__` key as data.
  map: entries(tie('value'), 4).map((e): AttributeValue => ({ M: Object.fromEntries(e) })),
  list: fc.array(tie('value'), { maxLength: 4 }).map((L): AttributeValue => ({ L })),
}));

/** A value buried under 3 to 8 levels of maps and lists. */
const deepValue: fc.Arbitrary<AttributeValue> = fc
  .tuple(tree.value, fc.array(fc.option(attributeName, { nil: undefined }), { minLength: 3, maxLength: 8 }))
  .map(([leaf, layers]) =>
    layers.reduce<AttributeValue>((inner, name) => (name === undefined ? { L: [inner] } : { M: Object.fromEntries([[name, inner]]) }), leaf),
  );

export const attributeValue: fc.Arbitrary<AttributeValue> = fc.oneof({ weight: 4, arbitrary: tree.value }, { weight: 1, arbitrary: deepValue });

export const item: fc.Arbitrary<Item> = entries(attributeValue, 8).map((e) => Object.fromEntries(e) as Item);

// Hand-made AppData items (partition "SAMPLE") that hold the values a viewer or editor
// most easily damages. Number text is what DynamoDB returns for the value (its
// canonical form), so a read compares equal to the item as written here.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Item } from './movies.js';
import { s, n, bool, nul, list, map } from './values.js';

/** 9.9999999999999999999999999999999999999E+125, the largest number DynamoDB stores. */
export const LARGEST = '9'.repeat(38) + '0'.repeat(88);
/** 1E-130, the smallest positive number DynamoDB stores. */
export const SMALLEST = `0.${'0'.repeat(129)}1`;
export const DIGITS_38 = '12345678901234567890123456789012345678';
/** 2^53 + 1: the first integer a double cannot hold. */
export const UNSAFE_INT = '9007199254740993';

const sample = (sk: string, attrs: Record<string, AttributeValue>): Item => ({
  pk: s('SAMPLE'), sk: s(sk), GSI1PK: s('SAMPLE'), GSI1SK: s(sk), entity: s('Sample'), ...attrs,
});

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const LONG_LINES = Array.from({ length: 64 }, (_, i) =>
  `${String(i + 1).padStart(2, '0')}: The quick brown fox jumps over the lazy dog; 東京 → مرحبا.`).join('\n');
const LONG_LINE = Array.from({ length: 40 }, (_, i) => `segment-${i}-abcdefghijklmnopqrstuvwxyz-0123456789`).join(' ');

function deep(levels: number): AttributeValue {
  let value: AttributeValue = map({ bottom: s('level 0'), exact: n(DIGITS_38), flag: bool(false) });
  for (let level = 1; level <= levels; level++) {
    value = level % 2 ? list(value, n(level)) : map({ [`level${level}`]: value, depth: n(level) });
  }
  return value;
}

export function edgeCaseItems(): Item[] {
  return [
    sample('everything', {
      string: s('plain text'), number: n('42'), binary: { B: Uint8Array.from([1, 2, 3, 254, 255]) },
      stringSet: { SS: ['alpha', 'beta', 'gamma'] }, numberSet: { NS: ['1', '2.5', '-3'] },
      binarySet: { BS: [Uint8Array.from([0]), Uint8Array.from([1, 2])] },
      map: map({ key: s('value') }), list: list(s('one'), n('2'), bool(true)),
      null: nul, boolTrue: bool(true), boolFalse: bool(false),
    }),
    sample('numbers', {
      digits38: n(DIGITS_38), negative38: n(`-${DIGITS_38}`),
      tinyNegative: n('-0.00000000000000000000000000000000000001'),
      largest: n(LARGEST), mostNegative: n(`-${LARGEST}`), smallest: n(SMALLEST),
      pi38: n('3.1415926535897932384626433832795028841'),
      unsafeInteger: n(UNSAFE_INT), notQuiteThird: n('0.30000000000000000000000000000000000004'),
      zero: n('0'), minusOne: n('-1'), money: n('1234567890.0987654321'),
      numberSet: { NS: [DIGITS_38, '-0.00000000000000000000000000000000000001', UNSAFE_INT, '0.1'] },
      inList: list(n(UNSAFE_INT), n(`-${DIGITS_38}`)), inMap: map({ exact: n(DIGITS_38) }),
    }),
    sample('strings', {
      empty: s(''), long: s(LONG_LINES), longSingleLine: s(LONG_LINE),
      emoji: s('🦖🚀 family 👨‍👩‍👧‍👦, flag 🇯🇵, skin tone 👋🏽'),
      cjk: s('東京都渋谷区 · 北京市 · 서울특별시'),
      arabic: s('مرحبا بالعالم'), hebrew: s('שלום עולם'), mixedBidi: s('order 42 הזמנה מספר 42 done'),
      combining: s('e\u0301 vs \u00e9, Z\u0324\u0354a\u0308\u0347l\u036eg\u030c\u0317o'),
      whitespace: s('  leading and trailing  '), multiline: s('line one\nline two\n\ttabbed'),
      zeroWidth: s('zero\u200bwidth\u200djoiner'),
      // Raw terminal control bytes: a viewer must escape them, never pass them through.
      controlChars: s('bell\u0007 escape\u001b[31m red? \u001b[0m nul\u0000 end'),
      stringSet: { SS: ['東京', '🦖', 'Ωmega', 'plain'] },
    }),
    sample('binary', {
      allBytes: { B: ALL_BYTES }, empty: { B: new Uint8Array(0) }, pngSignature: { B: PNG_SIGNATURE },
      invalidUtf8: { B: Uint8Array.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]) },
      binarySet: { BS: [Uint8Array.from([0]), Uint8Array.from([0xff, 0xfe]), Uint8Array.from([0xde, 0xad, 0xbe, 0xef])] },
    }),
    sample('empty', {
      emptyString: s(''), emptyList: list(), emptyMap: map({}), nothing: nul, emptyBinary: { B: new Uint8Array(0) },
      listOfEmpties: list(s(''), list(), map({}), nul),
    }),
    sample('nested', { deep: deep(7), wide: map(Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`field${String(i).padStart(2, '0')}`, n(i * i)]))) }),
    sample('names', {
      // Reserved words, spaces, dots, path-like and non-ASCII names: all need #placeholders.
      status: s('reserved word'), name: s('reserved too'), size: n('3'),
      'first name': s('space'), 'a.b': s('dot, not a path'), 'order-id': s('dash'),
      '#hash': s('hash'), ':colon': s('colon'), 'items[0]': s('brackets'), 名前: s('CJK name'),
    }),
    sample('bigList', { values: list(...Array.from({ length: 300 }, (_, i) => n(i * 7))) }),
  ];
}

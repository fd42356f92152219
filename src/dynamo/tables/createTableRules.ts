// DynamoDB's CreateTable rules, checked before anything is sent, each problem under the
// field it is about. Sources: the API model (botocore's service-2.json: name patterns and
// lengths, NonKeyAttributes 1-20 per index), the DynamoDB docs (limits), the errors the
// service returns, and dynalite's validations/createTable.js. Where DynamoDB is stricter than
// dynalite (key name length, one type per attribute, GSI throughput, INCLUDE lists), the
// rule follows DynamoDB, so what passes here passes both.
import type { CreateTableSpec, IndexSpec, KeySpec, KeyType, SpecProblem } from './createTable.js';

export const CREATE_TABLE_LIMITS = {
  gsis: 20, lsis: 5,
  /** NonKeyAttributes per index (API model) and summed over all indexes (docs). */
  includePerIndex: 20, includeTotal: 100,
  keyNameBytes: 255,
  /** The largest capacity DynamoDB (and dynalite) takes as a value; account quotas are lower. */
  capacity: 1_000_000_000_000,
} as const;

const TYPE_WORD: Record<KeyType, string> = { S: 'string (S)', N: 'number (N)', B: 'binary (B)' };

/** "undefined or name ''" both mean no key. */
export const hasKey = (k: KeySpec | undefined): k is KeySpec => !!k && k.name !== '';

/** Digits only (surrounding spaces allowed); anything else is left for the validator to explain. */
export function wholeNumber(text: string | undefined): number | undefined {
  const t = (text ?? '').trim();
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

/**
 * The INCLUDE list as typed: comma separated, spaces around each name dropped (so "a, b"
 * means a and b), empty entries (a trailing comma) skipped. A name with leading or trailing
 * spaces cannot be given this way.
 */
export function includeNames(text: string | undefined): string[] {
  return (text ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

export function validateCreateTable(spec: CreateTableSpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const add = (field: string, message: string | undefined) => {
    if (message && !problems.some((p) => p.field === field)) problems.push({ field, message });
  };
  // AttributeDefinitions holds one type per name, so every key naming an attribute must
  // agree with the first one that did.
  const typed = new Map<string, { type: KeyType; where: string }>();
  const claim = (field: string, key: KeySpec, where: string, role: string) => {
    const problem = keyNameProblem(role, key);
    if (problem) return add(field, problem);
    const prior = typed.get(key.name);
    if (!prior) return void typed.set(key.name, { type: key.type, where });
    if (prior.type !== key.type) {
      add(field, `${quote(key.name)} is already a ${TYPE_WORD[prior.type]} key ${prior.where}; an attribute has one type in every key, so make this ${prior.type} too or use another attribute.`);
    }
  };

  add('name', nameProblem('table', spec.name));
  const pk = spec.partitionKey;
  claim('partitionKey.name', pk, 'of the table', 'partition key');
  const lsis = spec.indexes.filter((ix) => ix.kind === 'LSI');
  if (hasKey(spec.sortKey)) {
    if (spec.sortKey.name === pk.name) add('sortKey.name', 'The sort key must be a different attribute from the partition key.');
    else claim('sortKey.name', spec.sortKey, 'of the table', 'sort key');
  } else if (lsis.length) {
    const names = lsis.map((ix) => ix.name || 'unnamed').join(', ');
    add('sortKey.name', `A local secondary index (${names}) needs the table to have a sort key: add one, or make the index global.`);
  }
  const provisioned = spec.billing === 'PROVISIONED';
  if (provisioned) {
    add('read', capacityProblem('read', spec.read));
    add('write', capacityProblem('write', spec.write));
  }

  const gsiCount = spec.indexes.length - lsis.length;
  if (gsiCount > CREATE_TABLE_LIMITS.gsis) add('indexes', `A table can have at most ${CREATE_TABLE_LIMITS.gsis} global secondary indexes; this has ${gsiCount}.`);
  if (lsis.length > CREATE_TABLE_LIMITS.lsis) add('indexes', `A table can have at most ${CREATE_TABLE_LIMITS.lsis} local secondary indexes; this has ${lsis.length}.`);

  const seen = new Set<string>();
  let projected = 0;
  spec.indexes.forEach((ix, i) => {
    const f = `indexes.${i}`;
    const where = `of index ${ix.name || i + 1}`;
    const nameIssue = nameProblem('index', ix.name);
    if (nameIssue) add(`${f}.name`, nameIssue);
    else if (seen.has(ix.name)) add(`${f}.name`, `Another index is already named ${ix.name}; index names are unique across GSIs and LSIs.`);
    seen.add(ix.name);

    if (ix.kind === 'LSI' && hasKey(ix.partitionKey) && ix.partitionKey.name !== pk.name) {
      add(`${f}.partitionKey.name`, `A local secondary index uses the table's partition key${pk.name ? ` (${quote(pk.name)})` : ''}.`);
    } else {
      claim(`${f}.partitionKey.name`, ix.partitionKey, where, 'partition key');
    }
    if (hasKey(ix.sortKey)) {
      if (ix.sortKey.name === ix.partitionKey.name) add(`${f}.sortKey.name`, "The index's sort key must be a different attribute from its partition key.");
      else claim(`${f}.sortKey.name`, ix.sortKey, where, 'sort key');
    } else if (ix.kind === 'LSI') {
      add(`${f}.sortKey.name`, 'A local secondary index needs a sort key: the attribute it sorts by instead of the table\'s sort key.');
    }

    if (ix.projection === 'INCLUDE') {
      const names = includeNames(ix.include);
      projected += names.length;
      add(`${f}.include`, includeProblem(names));
    }
    if (ix.kind === 'GSI' && provisioned) {
      add(`${f}.read`, capacityProblem('read', ix.read));
      add(`${f}.write`, capacityProblem('write', ix.write));
    }
  });
  if (projected > CREATE_TABLE_LIMITS.includeTotal) {
    add('indexes', `The INCLUDE lists name ${projected} attributes in all; DynamoDB allows at most ${CREATE_TABLE_LIMITS.includeTotal} over all indexes (a name in two indexes counts twice).`);
  }
  return problems;
}

/** Table and index names: 3-255 characters of a-z A-Z 0-9 _ . - (the API's own pattern). */
function nameProblem(what: 'table' | 'index', name: string): string | undefined {
  if (name === '') return `Give the ${what} a name.`;
  const bad = [...name].find((c) => !/^[a-zA-Z0-9_.-]$/.test(c));
  if (bad !== undefined) {
    return `${bad === ' ' ? 'A space' : quote(bad)} is not allowed in ${what} names: use only a-z A-Z 0-9 _ . -`;
  }
  if (name.length < 3) return `Too short: ${what} names have 3 to 255 characters.`;
  if (name.length > 255) return `Too long (${name.length} characters): ${what} names have 3 to 255 characters.`;
  return undefined;
}

/** Key attribute names: taken exactly as typed (spaces are legal in attribute names). */
function keyNameProblem(role: string, key: KeySpec): string | undefined {
  if (key.name === '') return `Give the ${role} an attribute name.`;
  if (!['S', 'N', 'B'].includes(key.type)) return `The ${role} type must be S, N or B.`;
  if (LONE_SURROGATE.test(key.name)) return 'The name has a broken Unicode character (half of a surrogate pair).';
  const bytes = utf8Length(key.name);
  if (bytes > CREATE_TABLE_LIMITS.keyNameBytes) {
    return `Too long: ${bytes} bytes in UTF-8; key attribute names have at most ${CREATE_TABLE_LIMITS.keyNameBytes}.`;
  }
  return undefined;
}

/**
 * DynamoDB takes key attributes in an INCLUDE list and ignores them (they are always
 * projected); dynalite does too, so they are allowed and counted like any other name.
 */
function includeProblem(names: string[]): string | undefined {
  if (names.length === 0) return 'INCLUDE needs at least one attribute name (comma separated), or choose KEYS_ONLY or ALL.';
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) return `${quote(dup)} is listed twice.`;
  if (names.length > CREATE_TABLE_LIMITS.includePerIndex) {
    return `${names.length} attributes: an index can INCLUDE at most ${CREATE_TABLE_LIMITS.includePerIndex} (use ALL for more).`;
  }
  const broken = names.find((n) => LONE_SURROGATE.test(n));
  if (broken !== undefined) return 'A name has a broken Unicode character (half of a surrogate pair).';
  const long = names.find((n) => utf8Length(n) > CREATE_TABLE_LIMITS.keyNameBytes);
  if (long !== undefined) return `${quote(long.slice(0, 20) + '…')} is too long: projected attribute names have at most ${CREATE_TABLE_LIMITS.keyNameBytes} bytes.`;
  return undefined;
}

function capacityProblem(what: 'read' | 'write', text: string | undefined): string | undefined {
  const t = (text ?? '').trim();
  if (t === '') return `Enter the ${what} capacity: a whole number of units, at least 1.`;
  const n = wholeNumber(t);
  if (n === undefined) return `The ${what} capacity must be a whole number of units (at least 1), not ${quote(t)}.`;
  if (n < 1) return `The ${what} capacity must be at least 1.`;
  if (n > CREATE_TABLE_LIMITS.capacity) return `The ${what} capacity is out of bounds: at most ${CREATE_TABLE_LIMITS.capacity.toLocaleString('en-US')}.`;
  return undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const encoder = new TextEncoder();
const utf8Length = (s: string): number => encoder.encode(s).length;
const quote = (s: string): string => JSON.stringify(s);

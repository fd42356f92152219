// The create-table form -> CreateTable request: exact inputs for each shape of table, the
// refusals with their field and message, and a property test against the embedded engine:
// every spec the validator accepts is created by dynalite, and every refused spec that
// breaks a rule dynalite also checks is refused by it too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import {
  buildCreateTableInput, createTableInputUnchecked, includeNames, validateCreateTable,
  type CreateTableSpec, type IndexSpec, type KeySpec, type KeyType,
} from '../../src/dynamo/tables/index.js';

const S = (name: string): KeySpec => ({ name, type: 'S' });
const N = (name: string): KeySpec => ({ name, type: 'N' });
const B = (name: string): KeySpec => ({ name, type: 'B' });
const spec = (over: Partial<CreateTableSpec>): CreateTableSpec => ({
  name: 'Things', partitionKey: S('pk'), billing: 'PAY_PER_REQUEST', indexes: [], ...over,
});
const gsi = (over: Partial<IndexSpec>): IndexSpec => ({ kind: 'GSI', name: 'GSI1', partitionKey: S('gpk'), projection: 'ALL', ...over });
const lsi = (over: Partial<IndexSpec>): IndexSpec => ({ kind: 'LSI', name: 'LSI1', partitionKey: S('pk'), sortKey: N('n'), projection: 'ALL', ...over });
const def = (AttributeName: string, AttributeType: KeyType) => ({ AttributeName, AttributeType });
const hash = (AttributeName: string) => ({ AttributeName, KeyType: 'HASH' as const });
const range = (AttributeName: string) => ({ AttributeName, KeyType: 'RANGE' as const });

const built: [string, CreateTableSpec, CreateTableCommandInput][] = [
  ['S-only key on demand', spec({}), {
    TableName: 'Things', AttributeDefinitions: [def('pk', 'S')], KeySchema: [hash('pk')], BillingMode: 'PAY_PER_REQUEST',
  }],
  ['a sort key named "" is no sort key; capacities typed on demand are dropped', spec({ sortKey: N(''), read: 'abc', write: '' }), {
    TableName: 'Things', AttributeDefinitions: [def('pk', 'S')], KeySchema: [hash('pk')], BillingMode: 'PAY_PER_REQUEST',
  }],
  ['N + S keys provisioned (spaces around the numbers)', spec({ name: 'Movies', partitionKey: N('year'), sortKey: S('title'), billing: 'PROVISIONED', read: ' 5 ', write: '3' }), {
    TableName: 'Movies', AttributeDefinitions: [def('year', 'N'), def('title', 'S')], KeySchema: [hash('year'), range('title')],
    BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 3 },
  }],
  ['B keys, names taken as typed (spaces, unicode, 255 UTF-8 bytes)', spec({ partitionKey: B('blob key'), sortKey: B('é'.repeat(127) + 'a') }), {
    TableName: 'Things', AttributeDefinitions: [def('blob key', 'B'), def('é'.repeat(127) + 'a', 'B')],
    KeySchema: [hash('blob key'), range('é'.repeat(127) + 'a')], BillingMode: 'PAY_PER_REQUEST',
  }],
  ['a GSI with INCLUDE and its own throughput', spec({
    billing: 'PROVISIONED', read: '10', write: '1',
    indexes: [gsi({ name: 'ByGenre', partitionKey: S('genre'), sortKey: N('rating'), projection: 'INCLUDE', include: 'plot, title ,, genres,', read: '2', write: '4' })],
  }), {
    TableName: 'Things', AttributeDefinitions: [def('pk', 'S'), def('genre', 'S'), def('rating', 'N')], KeySchema: [hash('pk')],
    GlobalSecondaryIndexes: [{
      IndexName: 'ByGenre', KeySchema: [hash('genre'), range('rating')],
      Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['plot', 'title', 'genres'] },
      ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 4 },
    }],
    BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 1 },
  }],
  ['a GSI on demand: its typed throughput is dropped', spec({ indexes: [gsi({ read: '5', write: 'x' })] }), {
    TableName: 'Things', AttributeDefinitions: [def('pk', 'S'), def('gpk', 'S')], KeySchema: [hash('pk')],
    GlobalSecondaryIndexes: [{ IndexName: 'GSI1', KeySchema: [hash('gpk')], Projection: { ProjectionType: 'ALL' } }],
    BillingMode: 'PAY_PER_REQUEST',
  }],
  ['an LSI (KEYS_ONLY ignores the include text)', spec({ sortKey: S('sk'), indexes: [lsi({ projection: 'KEYS_ONLY', include: 'a, b' })] }), {
    TableName: 'Things', AttributeDefinitions: [def('pk', 'S'), def('sk', 'S'), def('n', 'N')], KeySchema: [hash('pk'), range('sk')],
    LocalSecondaryIndexes: [{ IndexName: 'LSI1', KeySchema: [hash('pk'), range('n')], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    BillingMode: 'PAY_PER_REQUEST',
  }],
  ['GSIs and LSIs; shared key attributes defined once, in order of first use', spec({
    billing: 'PROVISIONED', read: '1', write: '1', sortKey: S('sk'),
    indexes: [
      gsi({ name: 'Inverted', partitionKey: S('sk'), sortKey: S('pk'), read: '1', write: '1' }),
      lsi({ name: 'ByN', projection: 'INCLUDE', include: 'x' }),
      gsi({ name: 'ByNGlobal', partitionKey: N('n'), sortKey: B('b'), projection: 'KEYS_ONLY', read: '3', write: '2' }),
    ],
  }), {
    TableName: 'Things', AttributeDefinitions: [def('pk', 'S'), def('sk', 'S'), def('n', 'N'), def('b', 'B')], KeySchema: [hash('pk'), range('sk')],
    LocalSecondaryIndexes: [{ IndexName: 'ByN', KeySchema: [hash('pk'), range('n')], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['x'] } }],
    GlobalSecondaryIndexes: [
      { IndexName: 'Inverted', KeySchema: [hash('sk'), range('pk')], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } },
      { IndexName: 'ByNGlobal', KeySchema: [hash('n'), range('b')], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 2 } },
    ],
    BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
  }],
  ['DynamoDB allows an LSI on the table sort key and key attributes in INCLUDE (both no-ops)', spec({
    sortKey: S('sk'), indexes: [lsi({ sortKey: S('sk'), projection: 'INCLUDE', include: 'pk, sk, other' })],
  }), {
    TableName: 'Things', AttributeDefinitions: [def('pk', 'S'), def('sk', 'S')], KeySchema: [hash('pk'), range('sk')],
    LocalSecondaryIndexes: [{ IndexName: 'LSI1', KeySchema: [hash('pk'), range('sk')], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['pk', 'sk', 'other'] } }],
    BillingMode: 'PAY_PER_REQUEST',
  }],
  ['deletion protection', spec({ deletionProtection: true }), {
    TableName: 'Things', AttributeDefinitions: [def('pk', 'S')], KeySchema: [hash('pk')], BillingMode: 'PAY_PER_REQUEST', DeletionProtectionEnabled: true,
  }],
  ['deletion protection off is left out (the default)', spec({ deletionProtection: false }), {
    TableName: 'Things', AttributeDefinitions: [def('pk', 'S')], KeySchema: [hash('pk')], BillingMode: 'PAY_PER_REQUEST',
  }],
];

for (const [name, s, want] of built) {
  test(`build: ${name}`, () => {
    const r = buildCreateTableInput(s);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    assert.deepEqual(r.input, want);
    assert.deepEqual(Object.keys(r.input)[0], 'TableName', 'TableName first: the aws command reads best so');
  });
}

const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const provisioned = { billing: 'PROVISIONED' as const, read: '1', write: '1' };

const refused: [string, CreateTableSpec, string, RegExp][] = [
  ['no table name', spec({ name: '' }), 'name', /Give the table a name/],
  ['short table name', spec({ name: 'ab' }), 'name', /3 to 255 characters/],
  ['long table name', spec({ name: 'a'.repeat(256) }), 'name', /Too long \(256 characters\)/],
  ['a space in the table name', spec({ name: 'my table' }), 'name', /A space is not allowed in table names/],
  ['another character', spec({ name: 'orders!' }), 'name', /"!" is not allowed in table names: use only a-z A-Z 0-9 _ \. -/],
  ['no partition key', spec({ partitionKey: S('') }), 'partitionKey.name', /Give the partition key an attribute name/],
  ['partition key name of 256 UTF-8 bytes (128 characters)', spec({ partitionKey: S('é'.repeat(128)) }), 'partitionKey.name', /256 bytes in UTF-8; .* at most 255/],
  ['a broken surrogate in a key name', spec({ partitionKey: S('a\uD800') }), 'partitionKey.name', /broken Unicode/],
  ['sort key = partition key', spec({ sortKey: N('pk') }), 'sortKey.name', /different attribute from the partition key/],
  ['provisioned, no read capacity', spec({ ...provisioned, read: ' ' }), 'read', /Enter the read capacity/],
  ['provisioned, write 0', spec({ ...provisioned, write: '0' }), 'write', /write capacity must be at least 1/],
  ['provisioned, read 1.5', spec({ ...provisioned, read: '1.5' }), 'read', /whole number .*not "1\.5"/],
  ['provisioned, write -1', spec({ ...provisioned, write: '-1' }), 'write', /whole number/],
  ['provisioned, read above 10^12', spec({ ...provisioned, read: '1000000000001' }), 'read', /out of bounds: at most 1,000,000,000,000/],
  ['one attribute, two types', spec({ partitionKey: S('id'), indexes: [gsi({ partitionKey: N('id') })] }), 'indexes.0.partitionKey.name',
    /"id" is already a string \(S\) key of the table; .* make this S too/],
  ['two indexes disagree on a type', spec({ indexes: [gsi({ sortKey: B('at') }), gsi({ name: 'GSI2', sortKey: N('at') })] }), 'indexes.1.sortKey.name',
    /"at" is already a binary \(B\) key of index GSI1/],
  ['21 GSIs', spec({ indexes: many(21, (i) => gsi({ name: `G${i}0` })) }), 'indexes', /at most 20 global secondary indexes; this has 21/],
  ['6 LSIs', spec({ sortKey: S('sk'), indexes: many(6, (i) => lsi({ name: `L${i}0` })) }), 'indexes', /at most 5 local secondary indexes; this has 6/],
  ['an LSI on a table without a sort key', spec({ indexes: [lsi({})] }), 'sortKey.name', /LSI1\) needs the table to have a sort key/],
  ['an LSI with another partition key', spec({ sortKey: S('sk'), indexes: [lsi({ partitionKey: S('other') })] }), 'indexes.0.partitionKey.name', /the table's partition key \("pk"\)/],
  ['an LSI without a sort key', spec({ sortKey: S('sk'), indexes: [lsi({ sortKey: undefined })] }), 'indexes.0.sortKey.name', /needs a sort key/],
  ['an LSI whose sort key is its partition key', spec({ sortKey: S('sk'), indexes: [lsi({ sortKey: S('pk') })] }), 'indexes.0.sortKey.name', /different attribute from its partition key/],
  ['the same index name for a GSI and an LSI', spec({ sortKey: S('sk'), indexes: [gsi({ name: 'Same' }), lsi({ name: 'Same' })] }), 'indexes.1.name', /already named Same; .*unique across GSIs and LSIs/],
  ['short index name', spec({ indexes: [gsi({ name: 'ix' })] }), 'indexes.0.name', /Too short: index names/],
  ['no index name', spec({ indexes: [gsi({ name: '' })] }), 'indexes.0.name', /Give the index a name/],
  ['an index without a partition key', spec({ indexes: [gsi({ partitionKey: S('') })] }), 'indexes.0.partitionKey.name', /Give the partition key an attribute name/],
  ['a GSI whose sort key is its partition key', spec({ indexes: [gsi({ sortKey: S('gpk') })] }), 'indexes.0.sortKey.name', /different attribute from its partition key/],
  ['INCLUDE with nothing', spec({ indexes: [gsi({ projection: 'INCLUDE', include: ' , ' })] }), 'indexes.0.include', /at least one attribute name/],
  ['INCLUDE with a duplicate', spec({ indexes: [gsi({ projection: 'INCLUDE', include: 'a, b,a' })] }), 'indexes.0.include', /"a" is listed twice/],
  ['INCLUDE with 21 names', spec({ indexes: [gsi({ projection: 'INCLUDE', include: many(21, (i) => `a${i}`).join(',') })] }), 'indexes.0.include', /21 attributes: .*at most 20/],
  ['INCLUDE with a 256-byte name', spec({ indexes: [gsi({ projection: 'INCLUDE', include: 'x'.repeat(256) })] }), 'indexes.0.include', /too long: .* at most 255 bytes/],
  ['102 projected attributes over 6 indexes (the same name in two counts twice)',
    spec({ indexes: many(6, (i) => gsi({ name: `G${i}00`, projection: 'INCLUDE', include: many(17, (j) => `a${j}`).join(',') })) }),
    'indexes', /name 102 attributes in all; .*at most 100/],
  ['a provisioned GSI without read capacity', spec({ ...provisioned, indexes: [gsi({ write: '1' })] }), 'indexes.0.read', /Enter the read capacity/],
  ['a provisioned GSI with write 0', spec({ ...provisioned, indexes: [gsi({ read: '1', write: '0' })] }), 'indexes.0.write', /at least 1/],
];

for (const [name, s, field, message] of refused) {
  test(`refuse: ${name}`, () => {
    const problems = validateCreateTable(s);
    const problem = problems.find((p) => p.field === field);
    assert.ok(problem, `no problem at ${field}: ${JSON.stringify(problems)}`);
    assert.match(problem.message, message);
    const r = buildCreateTableInput(s);
    assert.ok(!r.ok);
    assert.deepEqual(r.problems, problems);
  });
}

test('one problem per field, the first found; every field in the documented set', () => {
  const problems = validateCreateTable(spec({
    name: 'a b', partitionKey: S(''), sortKey: S(''), ...provisioned, read: '', write: 'x',
    indexes: [gsi({ name: '', partitionKey: S(''), sortKey: S(''), projection: 'INCLUDE', include: '', read: '', write: '' }), lsi({})],
  }));
  const fields = problems.map((p) => p.field);
  assert.equal(new Set(fields).size, fields.length);
  const allowed = /^(name|partitionKey\.name|sortKey\.name|read|write|indexes|indexes\.\d+\.(name|partitionKey\.name|sortKey\.name|include|read|write))$/;
  for (const f of fields) assert.match(f, allowed);
  assert.deepEqual(fields, ['name', 'partitionKey.name', 'sortKey.name', 'read', 'write', 'indexes.0.name', 'indexes.0.partitionKey.name',
    'indexes.0.include', 'indexes.0.read', 'indexes.0.write', 'indexes.1.partitionKey.name']);
});

test('includeNames: comma separated, trimmed, empty entries skipped', () => {
  assert.deepEqual(includeNames(' a ,b,, c d ,'), ['a', 'b', 'c d']);
  assert.deepEqual(includeNames(undefined), []);
});

// ---- property test against dynalite -------------------------------------------------

let engine: TestEngine;
before(async () => { engine = await startTestEngine(); });
after(() => engine.close());

// Half the specs draw only from valid pools (so enough are accepted, with every shape of
// index), half also from invalid ones.
const pick = <T>(noisy: boolean, valid: T[], invalid: T[]) =>
  noisy ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) }) : fc.constantFrom(...valid);
const keyType = fc.constantFrom<KeyType>('S', 'N', 'B');

function specArbitrary(noisy: boolean): fc.Arbitrary<CreateTableSpec> {
  const key = fc.record({
    name: pick(noisy, ['pk', 'sk', 'id', 'g1', 'g2', 'n', 'a b', '名前', 'é'.repeat(127) + 'a'], ['', 'é'.repeat(128)]),
    type: keyType,
  });
  const capacity = pick<string | undefined>(noisy, ['1', '5', ' 7 ', '1000000000000'], [undefined, '', '0', '-1', '1.5', 'abc', '1000000000001']);
  const tableName = noisy
    ? fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-zA-Z0-9_.-]{3,30}$/) }, { weight: 1, arbitrary: fc.constantFrom('', 'ab', 'my table', 'tbl!', 'x'.repeat(256), 'Ünï') })
    : fc.oneof(fc.stringMatching(/^[a-zA-Z0-9_.-]{3,30}$/), fc.constant('y'.repeat(255)));
  const index = fc.record({
    kind: fc.constantFrom<'GSI' | 'LSI'>('GSI', 'LSI'),
    name: pick(noisy, ['GSI1', 'GSI2', 'LSI1', 'by.date', 'by-n_2', 'q'.repeat(255)], ['', 'ix', 'bad name', 'z'.repeat(256)]),
    partitionKey: key,
    sortKey: fc.option(key, { nil: undefined }),
    projection: fc.constantFrom<IndexSpec['projection']>('ALL', 'KEYS_ONLY', 'INCLUDE'),
    include: pick<string | undefined>(noisy, ['a', 'a, b', 'pk, x', many(20, (i) => `c${i}`).join(',')], [undefined, 'a,a', '', ' , ', many(21, (i) => `c${i}`).join(',')]),
    read: capacity, write: capacity,
    // An LSI built by the UI has the table's partition key; when noisy, sometimes not.
    tablePk: noisy ? fc.boolean() : fc.constant(true),
  });
  const bulk = pick(noisy, [0, 0, 0, 0, 0, 0, 20, 5], [21, 6]);
  return fc.record({
    name: tableName, partitionKey: key, sortKey: fc.option(key, { nil: undefined }),
    billing: fc.constantFrom<CreateTableSpec['billing']>('PAY_PER_REQUEST', 'PROVISIONED'),
    read: capacity, write: capacity, deletionProtection: fc.boolean(),
    indexes: fc.array(index, { maxLength: noisy ? 5 : 3 }), bulk, bulkKind: fc.constantFrom<'GSI' | 'LSI'>('GSI', 'LSI'),
  }).map(({ indexes, bulk: n, bulkKind, ...s }): CreateTableSpec => ({
    ...s,
    indexes: [
      ...indexes.map(({ tablePk, ...ix }) => (ix.kind === 'LSI' && tablePk ? { ...ix, partitionKey: s.partitionKey } : ix)),
      // Many indexes at once, to reach the count limits.
      ...many(n, (i) => ({
        kind: bulkKind, name: `bulk${i}`, partitionKey: bulkKind === 'LSI' ? s.partitionKey : S('g1'), sortKey: S('bulkSort'),
        projection: 'KEYS_ONLY' as const, read: '1', write: '1',
      })),
    ],
  }));
}
const specArb = fc.boolean().chain(specArbitrary);

/**
 * An oracle of the rules dynalite itself checks (validations/createTable.js), written
 * independently of the validator: for the unchecked request of a spec breaking one of
 * these, dynalite answers ValidationException.
 */
function dynaliteRule(s: CreateTableSpec): string | undefined {
  const badName = (n: string) => n.length < 3 || n.length > 255 || !/^[a-zA-Z0-9_.-]+$/.test(n);
  const whole = (t: string | undefined) => (/^\d+$/.test((t ?? '').trim()) ? Number(t) : 0);
  const sk = s.sortKey?.name ? s.sortKey.name : undefined;
  const prov = s.billing === 'PROVISIONED';
  if (badName(s.name)) return 'table name';
  if (sk === s.partitionKey.name) return 'table keys equal';
  if (prov && [s.read, s.write].some((t) => whole(t) < 1 || whole(t) > 1e12)) return 'table capacity';
  const names = new Set<string>();
  const lsis = s.indexes.filter((ix) => ix.kind === 'LSI');
  if (lsis.length > 5) return 'LSI count';
  if (s.indexes.length - lsis.length > 20) return 'GSI count';
  for (const ix of s.indexes) {
    if (badName(ix.name)) return 'index name';
    if (names.has(ix.name)) return 'duplicate index name';
    names.add(ix.name);
    const isk = ix.sortKey?.name ? ix.sortKey.name : undefined;
    if (isk === ix.partitionKey.name) return 'index keys equal';
    if (ix.projection === 'INCLUDE' && includeNames(ix.include).length === 0) return 'empty NonKeyAttributes';
    if (ix.kind === 'LSI') {
      if (!sk) return 'LSI without table sort key';
      if (ix.partitionKey.name !== s.partitionKey.name) return 'LSI partition key';
      if (!isk) return 'LSI without sort key';
    } else if (prov && [ix.read, ix.write].some((t) => whole(t) < 1)) return 'GSI capacity';
  }
  return undefined;
}

test('property: what the validator accepts, dynalite creates; what dynalite checks, both refuse', async (t) => {
  const seen = { accepted: 0, bothRefuse: 0, dynamoOnly: 0 };
  const rules = new Set<string>();
  let n = 0;
  await fc.assert(fc.asyncProperty(specArb, async (s) => {
    const problems = validateCreateTable(s);
    const rule = dynaliteRule(s);
    if (rule) assert.ok(problems.length > 0, `the validator accepted a spec dynalite refuses (${rule})`);
    const send = async (input: CreateTableCommandInput) => {
      try {
        await engine.gateway.call('CreateTable', input);
        return 'created';
      } catch (err) {
        return (err as Error).name;
      }
    };
    if (problems.length === 0) {
      const built = buildCreateTableInput(s);
      assert.ok(built.ok);
      // Names repeat across runs: ResourceInUseException comes after validation, so it too
      // means dynalite took the request.
      const answer = await send(built.input);
      assert.ok(answer === 'created' || answer === 'ResourceInUseException', `dynalite refused an accepted spec: ${answer}`);
      seen.accepted++;
    } else if (rule) {
      rules.add(rule);
      const answer = await send(createTableInputUnchecked(s));
      assert.equal(answer, 'ValidationException', `dynalite took a spec breaking "${rule}" (validator: ${problems[0]!.message})`);
      seen.bothRefuse++;
    } else {
      seen.dynamoOnly++; // refused for a rule only DynamoDB checks (key name bytes, types, INCLUDE, GSI capacity...)
    }
    n++;
  }), { numRuns: 400 });
  assert.equal(n, 400);
  t.diagnostic(`${JSON.stringify(seen)}; dynalite rules: ${[...rules].join(', ')}`);
  assert.ok(seen.accepted >= 60 && seen.bothRefuse >= 60 && seen.dynamoOnly >= 20, JSON.stringify(seen));
  assert.ok(rules.size >= 10, `dynalite rules exercised: ${[...rules].join(', ')}`);
});

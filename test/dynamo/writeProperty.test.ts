// Property, against the embedded engine over HTTP, with items holding every attribute type
// (38-digit and tiny numbers, sets, binary, empty strings, nesting, odd names): saving an
// unchanged item sends nothing, and changing one attribute changes exactly that attribute;
// every other attribute comes back byte-identical (binary bytes, number text); and deleting
// it "only if unchanged" then succeeds (the guard over every attribute holds).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { attributeName, attributeValue, item } from '../helpers/arbitraries.js';
import { pkTableEngine, type TestEngine } from '../helpers/engine.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { buildDeleteInput, buildEditInput, sameValue, sendWrite, type Item } from '../../src/dynamo/write/index.js';

const TABLE = 'WriteProperty';
let info: TableInfo;

let engine: TestEngine;
before(async () => { ({ engine, info } = await pkTableEngine(TABLE)); });
after(() => engine.close());

const load = async (pk: string): Promise<Item> =>
  (await engine.gateway.call('GetItem', { TableName: TABLE, Key: { pk: { S: pk } }, ConsistentRead: true })).Item!;

/** The same value with every set's elements in reverse order: DynamoDB sets have no order. */
function reverseSets(v: AttributeValue): AttributeValue {
  if (v.SS) return { SS: [...v.SS].reverse() };
  if (v.NS) return { NS: [...v.NS].reverse() };
  if (v.BS) return { BS: [...v.BS].reverse() };
  if (v.L) return { L: v.L.map(reverseSets) };
  if (v.M) return { M: Object.fromEntries(Object.entries(v.M).map(([k, x]) => [k, reverseSets(x)])) };
  return v;
}

// Plain assignment to `__proto__` would set the prototype, not an attribute.
const setOwn = (item: Item, name: string, value: AttributeValue) =>
  Object.defineProperty(item, name, { value, enumerable: true, writable: true, configurable: true });

/** Whether a `__proto__` key is anywhere in the value (the builders refuse it: see validate.ts). */
const hasProto = (v: AttributeValue): boolean =>
  v.M ? Object.keys(v.M).includes('__proto__') || Object.values(v.M).some(hasProto) : v.L ? v.L.some(hasProto) : false;

/** The value without `__proto__` keys, which dynalite refuses or drops on PutItem. */
const dropProto = (v: AttributeValue): AttributeValue =>
  v.M ? { M: Object.fromEntries(Object.entries(v.M).filter(([k]) => k !== '__proto__').map(([k, x]) => [k, dropProto(x)])) }
  : v.L ? { L: v.L.map(dropProto) } : v;

const change = fc.record({
  kind: fc.constantFrom('set', 'remove', 'add'),
  pick: fc.nat(),
  name: attributeName,
  value: attributeValue,
});

test('edit path: unchanged -> nothing sent; one attribute changed -> only it changes (1,000 items)', async () => {
  let sent = 0;
  const stop = engine.gateway.onRequest(() => sent++);
  let serial = 0;
  let writes = 0;
  let wholes = 0;
  try {
    await fc.assert(
      fc.asyncProperty(item, change, async (generated, c) => {
        const pk = `item-${serial++}`;
        const attributes = Object.entries(generated).filter(([k]) => k !== 'pk' && k !== '__proto__').map(([k, v]) => [k, dropProto(v)]);
        const base: Item = Object.fromEntries([...attributes, ['pk', { S: pk }]]);
        await engine.gateway.call('PutItem', { TableName: TABLE, Item: base });
        const loaded = await load(pk);

        const before = sent;
        const copy = structuredClone(loaded);
        const unchanged = Object.fromEntries(Object.entries(copy).map(([k, v]) => [k, reverseSets(v)]));
        assert.deepEqual(buildEditInput(info, TABLE, loaded, unchanged), { ok: true, noChange: true });
        assert.equal(sent, before, 'nothing is sent for an unchanged item');

        const names = Object.keys(loaded).filter((n) => n !== 'pk');
        const edited = structuredClone(loaded);
        let target: string;
        if (c.kind === 'add' || names.length === 0) {
          target = c.name === 'pk' ? 'pk-not' : c.name;
          setOwn(edited, target, c.value);
        } else {
          target = names[c.pick % names.length]!;
          if (c.kind === 'remove') delete edited[target];
          else setOwn(edited, target, c.value);
        }
        const noChange = Object.hasOwn(loaded, target) && Object.hasOwn(edited, target) && sameValue(loaded[target]!, edited[target]!);
        const built = buildEditInput(info, TABLE, loaded, edited);
        if (!noChange && Object.hasOwn(edited, target) && (target === '__proto__' || hasProto(edited[target]!))) {
          assert.ok(!built.ok && built.errors[0]!.field === target && /__proto__/.test(built.errors[0]!.message), JSON.stringify(built));
          return;
        }
        if (noChange) {
          assert.deepEqual(built, { ok: true, noChange: true });
          return;
        }
        assert.ok(built.ok && !('noChange' in built), JSON.stringify(built));
        assert.deepEqual([...built.changed, ...built.removed], [target]);
        const r = await sendWrite(engine.gateway, built);
        // A changed map or list too big to check part by part is compared whole, which
        // dynalite cannot do (DynamoDB can): then the refusal must say so, and nothing is written.
        if (!r.ok && built.guard?.comparedWhole) {
          wholes++;
          assert.ok(r.kind === 'condition' && r.failed === 'unknown' && /dynalite/.test(r.problem.hint ?? ''), JSON.stringify(r));
          assert.deepEqual(await load(pk), loaded, 'a refused edit writes nothing');
          return;
        }
        assert.ok(r.ok, JSON.stringify(r));
        writes++;

        const now = await load(pk);
        assert.deepEqual(r.attributes, now, 'ALL_NEW is the item as stored');
        for (const name of Object.keys(loaded)) {
          if (name !== target) assert.deepEqual(now[name], loaded[name], `${name} is untouched, byte for byte`);
        }
        if (Object.hasOwn(edited, target)) assert.ok(sameValue(now[target]!, edited[target]!), `${target} holds the new value`);
        else assert.equal(Object.hasOwn(now, target), false, `${target} is removed`);
        const expected = new Set([...Object.keys(loaded), ...Object.keys(edited)].filter((n) => n !== target || Object.hasOwn(edited, target)));
        assert.deepEqual(new Set(Object.keys(now)), expected, 'no other attribute appears or goes');

        // The delete guard names every attribute: it holds on the engine for an unchanged item,
        // unless a map or list too big to check part by part had to be compared whole, which
        // dynalite cannot do (DynamoDB can): then the refusal must say so.
        const del = buildDeleteInput(info, TABLE, now);
        assert.ok(del.ok, JSON.stringify(del));
        const gone = await sendWrite(engine.gateway, del);
        if (del.guard.comparedWhole) {
          wholes++;
          if (!gone.ok) assert.ok(gone.kind === 'condition' && gone.failed === 'unknown' && /dynalite/.test(gone.problem.hint ?? ''), JSON.stringify(gone));
          return;
        }
        assert.ok(gone.ok, JSON.stringify(gone));
        assert.deepEqual(gone.old, now);
      }),
      { numRuns: 1000 },
    );
  } finally {
    stop();
  }
  // Most runs really write; a handful draw a "change" equal to the old value.
  assert.ok(writes > 900, `${writes} of 1,000 runs wrote`);
  assert.ok(wholes < 50, `${wholes} delete guards compared a map or list whole`);
});

// Pasted expressions in the app: the names field of the scan form and the delete form,
// filled as code would fill ExpressionAttributeNames, runs unchanged; an unused name and a
// name with odd characters are explained on the form and nothing is sent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { focusField, KEY, renderApp, typeText, type Rendered } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import { WRITE_OPERATIONS } from '../../src/dynamo/readOnly.js';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

async function open(): Promise<{ app: Rendered; sent: string[] }> {
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: 'Movies' });
  await app.waitFor(/page 1 · Count/);
  const sent: string[] = [];
  app.gateways[0].onRequest((r) => sent.push(r.operation));
  return { app, sent };
}

test('query form: filter, projection, values and names pasted from code run; x shows them as typed', async () => {
  const { app } = await open();
  try {
    await app.press('Q');
    await app.waitFor('Query Movies');
    await focusField(app, 'year (N) =');
    await typeText(app, '1999');
    await focusField(app, 'filter');
    await typeText(app, '#r >= :r');
    await focusField(app, 'projection');
    await typeText(app, 'year, title, #r');
    await focusField(app, 'values');
    await typeText(app, '{":r": 5}');
    await focusField(app, 'names');
    await typeText(app, '{"#r": "rating"}');
    await app.press(KEY.enter);
    const f = await app.waitFor(/query \+ filter \+ projection · page 1 · Count [1-9]\d*/);
    const rows = f.split('\n').filter((l) => /^\d{4}\s/.test(l));
    assert.ok(rows.length > 0 && rows.every((l) => l.startsWith('1999')), rows.join('\n'));
    await app.press('x');
    const x = await app.waitFor('"FilterExpression": "#r >= :r"');
    assert.match(x, /"ProjectionExpression": "#year, title, #r"/);
    assert.match(x, /"#r": "rating"/);
  } finally { app.unmount(); }
});

test('scan form: an unused name is refused on the names field before sending', async () => {
  const { app, sent } = await open();
  try {
    await app.press('s');
    await app.waitFor('Scan Movies');
    await focusField(app, 'filter');
    await typeText(app, 'year = 1999');
    await focusField(app, 'names');
    await typeText(app, '{"#t": "title"}');
    const before = sent.length;
    await app.press(KEY.enter);
    await app.waitFor('"#t" is not used in any expression (DynamoDB refuses unused names)');
    assert.equal(sent.length, before, 'nothing was sent');
  } finally { app.unmount(); }
});

test('delete form: a condition with #names is reviewed as typed and deletes; an odd name says to use backticks', async () => {
  const { app, sent } = await open();
  try {
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    await app.press('d');
    await app.waitFor('Delete {');
    await focusField(app, 'condition');
    await typeText(app, 'my-attr = 1');
    await app.press(KEY.enter);
    await app.waitFor(/if "my-attr" is an attribute name, write it in backti\s*cks: `my-attr`/);
    assert.ok(!sent.some((o) => WRITE_OPERATIONS.has(o)), 'nothing was written');

    await app.press(...Array(11).fill(KEY.backspace));
    await typeText(app, 'attribute_exists(#r)');
    await focusField(app, 'names');
    await typeText(app, '{"#r": "rating"}');
    await app.press(KEY.enter);
    const review = await app.waitFor('aws dynamodb delete-item');
    assert.match(review, /attribute_exists\(#r\)/);
    const entry = app.app().store.getState().stack.entries.at(-1)!;
    const input = ('flow' in entry ? entry.flow.pending?.requests[0]?.input : undefined) as { ExpressionAttributeNames?: Record<string, string> } | undefined;
    assert.equal(input?.ExpressionAttributeNames?.['#r'], 'rating');
    await app.press(KEY.enter);
    await app.waitFor(/deleted \{/);
    assert.ok(sent.includes('DeleteItem'));
  } finally { app.unmount(); }
});

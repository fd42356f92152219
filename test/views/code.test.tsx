// The same call as code, in the app: x then tab steps aws CLI -> boto3 -> boto3 all pages
// -> JavaScript -> JavaScript all pages, and y copies exactly the form shown; the write
// review does the same, and enter still sends the request after tabbing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { KEY, renderApp, type Rendered } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import { codeContext, codeText, type Call } from '../../src/format/code/index.js';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

const open = async () => {
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: 'Movies' });
  await app.waitFor(/page 1 · Count/);
  return app;
};

/** The text of the last OSC 52 copy the app wrote. */
function copied(app: Rendered): string {
  const osc = app.frames.filter((f) => f.startsWith('\x1b]52;c;')).at(-1);
  assert.ok(osc, 'an OSC 52 sequence was written');
  return Buffer.from(osc.slice(7, osc.indexOf('\x07')), 'base64').toString('utf8');
}

const top = (app: Rendered) => app.app().store.getState().stack.entries.at(-1)!;
const ctxOf = (app: Rendered) => { const s = app.app().store.getState(); return codeContext(s.connection, s.region); };

test('x, then tab: aws CLI, boto3, boto3 all pages, JavaScript, JavaScript all pages; y copies the one shown', async () => {
  const app = await open();
  try {
    await app.press('x');
    await app.waitFor('aws CLI shown (1/5) · tab: Python boto3 · y copies it');
    const entry = top(app);
    assert.equal(entry.kind, 'request');
    const call: Call = entry.kind === 'request' ? { operation: entry.operation, input: entry.input } : { operation: '', input: {} };
    await app.press('y');
    await app.waitFor(/(copied|sent) the aws CLI command (with|to)/);
    assert.equal(copied(app), codeText('cli', [call], ctxOf(app)));

    await app.press(KEY.tab);
    const boto3 = await app.waitFor('Python boto3 shown (2/5)');
    assert.match(boto3, /response = client\.scan\(/);
    assert.match(boto3, /TableName="Movies",/);
    await app.press('y');
    await app.waitFor(/(copied|sent) the Python boto3 code (with|to)/);
    assert.equal(copied(app), codeText('boto3', [call], ctxOf(app)).trimEnd());
    assert.match(copied(app), /^import boto3\n/);

    await app.press(KEY.tab);
    const pages = await app.waitFor('Python boto3, all pages shown (3/5)');
    assert.match(pages, /paginator = client\.get_paginator\("scan"\)/);

    await app.press(KEY.tab);
    const js = await app.waitFor('JavaScript SDK v3 shown (4/5)');
    assert.match(js, /new ScanCommand\(\{/);
    await app.press('y');
    await app.waitFor(/(copied|sent) the JavaScript SDK v3 code (with|to)/);
    assert.equal(copied(app), codeText('js', [call], ctxOf(app)).trimEnd());
    assert.match(copied(app), /^import \{ DynamoDBClient, ScanCommand \} from "@aws-sdk\/client-dynamodb";/);

    await app.press(KEY.tab);
    await app.waitFor('JavaScript SDK v3, all pages shown (5/5)');
    await app.press('y');
    await app.waitFor(/(copied|sent) the JavaScript SDK v3, all pages code (with|to)/);
    assert.match(copied(app), /for await \(const page of paginateScan\(\{ client \}, \{/);

    // It wraps around, and shift+tab goes back.
    await app.press(KEY.tab);
    await app.waitFor('aws CLI shown (1/5)');
    await app.press('\x1b[Z');
    await app.waitFor('JavaScript SDK v3, all pages shown (5/5)');
  } finally { app.unmount(); }
});

test('the delete review: tab shows boto3 then JavaScript, y copies each, enter still sends the delete', async () => {
  const app = await open();
  try {
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    await app.press('d');
    await app.waitFor('condition');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb delete-item');
    await app.waitFor('aws CLI shown (1/3) · tab: Python boto3 · y copies it');
    await app.press(KEY.tab);
    const boto3 = await app.waitFor('Python boto3 shown (2/3)');
    assert.match(boto3, /response = client\.delete_item\(/);
    assert.match(boto3, /enter sends this request/);
    await app.press('y');
    await app.waitFor(/(copied|sent) the Python boto3 code (with|to)/);
    const entry = top(app);
    const requests = 'flow' in entry ? entry.flow.pending!.requests : [];
    assert.equal(copied(app), codeText('boto3', requests, ctxOf(app)).trimEnd());
    assert.match(copied(app), /ConditionExpression=/);

    await app.press(KEY.tab);
    await app.waitFor('JavaScript SDK v3 shown (3/3)');
    await app.press('y');
    await app.waitFor(/(copied|sent) the JavaScript SDK v3 code (with|to)/);
    assert.equal(copied(app), codeText('js', requests, ctxOf(app)).trimEnd());
    assert.match(copied(app), /new DeleteItemCommand\(/);

    const key = (requests[0]!.input as { Key: Record<string, unknown> }).Key;
    await app.press(KEY.enter);
    await app.waitFor(/deleted/i);
    const got = await engine.gateway.call('GetItem', { TableName: 'Movies', Key: key as never, ConsistentRead: true });
    assert.equal(got.Item, undefined, 'enter after tab sent the delete');
  } finally { app.unmount(); }
});

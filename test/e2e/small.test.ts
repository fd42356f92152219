// Small terminals through the built binary: at the smallest size (60x15) every line is
// whole (header, breadcrumbs, rows); below it, a screen that asks for a larger terminal,
// where nothing acts unseen; grown again, the screen is as it was, with no leftovers.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchApp } from './app.js';
import type { Term } from './terminal.js';
import { seededEngine, type TestEngine } from '../helpers/engine.js';

const T = { timeout: 30_000 };
let engine: TestEngine;
const terms: Term[] = [];
before(async () => { engine = await seededEngine(); });
after(() => engine.close());
afterEach(async () => { for (const t of terms.splice(0)) { t.kill(); await t.exited; } });

async function open(cols: number, rows: number): Promise<Term> {
  const t = await launchApp(['--endpoint-url', engine.endpoint, 'Movies'], { cols, rows });
  terms.push(t);
  return t;
}

test('60x15: the header and breadcrumbs are cut cleanly, the grid shows rows and its status', async () => {
  const t = await open(60, 15);
  const s = await t.waitFor(/page 1 · Count/, T);
  const [header, crumbs] = s.split('\n');
  assert.match(header!, /^dynoscope profile default {2}region us-east-1 {2}endpoint h/);
  assert.ok(header!.length <= 60);
  assert.equal(crumbs, 'tables › Movies');
  assert.ok(s.split('\n').some((l) => /^\d{4} \S/.test(l)), 'rows are shown');
  assert.ok(s.split('\n').every((l) => l.length <= 60));
});

test('below 60x15 the app asks for a larger terminal; keys do nothing unseen; grown again it is as it was', async () => {
  const t = await open(100, 30);
  const before = await t.waitFor(/page 1 · Count/, T);
  t.resize(50, 12);
  await t.waitFor('Make the terminal larger', T);
  assert.match(t.text(), /needs 60x15; this one is 50x12/);
  await t.press(['j', 'j', 'd']);
  t.resize(100, 30);
  const after = await t.waitFor(/page 1 · Count/, T);
  assert.doesNotMatch(after, /Make the terminal larger|Delete/);
  // (The creation time's "N seconds ago" may have moved on meanwhile.)
  const steady = (screen: string) => screen.split('\n').filter((l) => !l.startsWith('created')).join('\n');
  assert.equal(steady(after), steady(before), 'the same screen, no leftovers, the cursor where it was');
});

test('started below the smallest size: the message, then the app once the terminal grows', async () => {
  const t = await open(40, 10);
  await t.waitFor('Make the terminal larger', T);
  t.resize(80, 24);
  await t.waitFor(/page 1 · Count/, T);
});

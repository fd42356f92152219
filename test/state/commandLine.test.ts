import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, parseCommand } from '../../src/state/commandLine.js';

test('commands parse', () => {
  assert.deepEqual(parseCommand('tables'), { kind: 'tables' });
  assert.deepEqual(parseCommand(':table Movies'), { kind: 'table', name: 'Movies' });
  assert.deepEqual(parseCommand('region eu-west-1'), { kind: 'region', region: 'eu-west-1' });
  assert.deepEqual(parseCommand('profile dev'), { kind: 'profile', profile: 'dev' });
  assert.deepEqual(parseCommand('q'), { kind: 'quit' });
  assert.deepEqual(parseCommand(':scan'), { kind: 'read', mode: 'scan' });
  assert.deepEqual(parseCommand('query'), { kind: 'read', mode: 'query' });
  assert.equal(parseCommand('table').kind, 'error');
  assert.match((parseCommand('frobnicate') as { message: string }).message, /Unknown command ":frobnicate"/);
});

test('tab completes command words and table names', () => {
  const tables = ['Movies', 'MoviesArchive', 'AppData'];
  assert.equal(complete('ta', tables).line, 'table');
  assert.equal(complete('sc', tables).line, 'scan ');
  assert.equal(complete('tab', tables).line, 'table');
  assert.equal(complete('reg', tables).line, 'region ');
  assert.equal(complete('table A', tables).line, 'table AppData');
  const m = complete('table M', tables);
  assert.equal(m.line, 'table Movies');
  assert.deepEqual(m.candidates, ['Movies', 'MoviesArchive']);
  assert.equal(complete('table Z', tables).line, 'table Z');
});

test(':query NAME is a saved query; tab completes saved names after :query', () => {
  assert.deepEqual(parseCommand(':query dramas since 2010'), { kind: 'savedQuery', name: 'dramas since 2010' });
  assert.deepEqual(parseCommand('query'), { kind: 'read', mode: 'query' });
  const saved = ['dramas', 'dramas-2010', 'top'];
  const d = complete('query dr', [], saved);
  assert.equal(d.line, 'query dramas');
  assert.deepEqual(d.candidates, ['dramas', 'dramas-2010']);
  assert.equal(complete('query t', ['Tables'], saved).line, 'query top');
  assert.equal(complete('table t', ['tops'], saved).line, 'table tops', 'table names for :table');
});

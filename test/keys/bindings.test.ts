import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bindings, resolve, type Binding, type Scope } from '../../src/keys/bindings.js';
import { markdownKeyTable, helpRows } from '../../src/keys/table.js';

test('no two bindings share a key within one scope', () => {
  const seen = new Map<string, string>();
  for (const b of bindings) {
    for (const scope of b.where) {
      for (const key of b.keys) {
        const id = `${scope}:${key}`;
        assert.equal(seen.get(id), undefined, `"${key}" in ${scope} is bound to both ${seen.get(id)} and ${b.command}`);
        seen.set(id, b.command);
      }
    }
  }
});

test('a screen scope never shadows a global key by accident: only back/esc is taken over on purpose', () => {
  const all = bindings as readonly Binding[];
  const globalKeys = new Set(all.filter((b) => b.where.includes('global')).flatMap((b) => b.keys));
  // The overlays (help, the command line, a filter field) take every key while open, on purpose.
  const overlays = new Set<Scope>(['help', 'command', 'filter']);
  for (const b of all.filter((x) => x.where.some((w) => w !== 'global' && !overlays.has(w)))) {
    for (const k of b.keys) if (globalKeys.has(k) && k !== 'esc') assert.fail(`${b.command} in ${b.where} hides the global key "${k}"`);
  }
});

test('every binding has a command, keys and a description', () => {
  const commands = new Set<string>();
  for (const b of bindings) {
    assert.ok(b.command, 'command');
    assert.ok(b.keys.length > 0, `${b.command} has keys`);
    assert.ok(b.description.trim().length > 2, `${b.command} has a description`);
    assert.ok(b.where.length > 0, `${b.command} applies somewhere`);
    assert.ok(!commands.has(b.command), `${b.command} is declared once`);
    commands.add(b.command);
  }
});

test('resolve walks scopes in order and falls back to global', () => {
  const scopes: Scope[] = ['tables', 'lists', 'global'];
  assert.equal(resolve('j', scopes, false)?.command, 'cursor.down');
  assert.equal(resolve('enter', scopes, false)?.command, 'open');
  assert.equal(resolve('?', scopes, false)?.command, 'help');
  assert.equal(resolve('Z', scopes, false), undefined);
});

test('read-only hides write bindings from help and resolution', () => {
  assert.equal(resolve('d', ['tables'], true), undefined);
  assert.equal(resolve('d', ['tables'], false)?.command, 'table.delete');
  assert.equal(resolve('C', ['tables'], true), undefined);
  assert.equal(resolve('I', ['table'], true), undefined);
  assert.equal(resolve('X', ['items'], true)?.command, 'items.export', 'an export only reads');
  assert.ok(!helpRows(true).some((r) => r.description.startsWith('delete table')));
  assert.ok(helpRows(false).some((r) => r.description.startsWith('delete table')));
});

test('the README key table is the one generated from the bindings', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(markdownKeyTable()), 'README.md key table is stale: run `npm run keys:readme`');
});

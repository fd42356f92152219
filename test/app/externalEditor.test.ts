import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editInEditor, noSuspend } from '../../src/app/externalEditor.js';

const FAKE = new URL('../fixtures/mode-editor.mjs', import.meta.url).pathname;

test('E: the temporary file is readable by its owner only while the editor runs, and removed after', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dynoscope-editor-'));
  const log = join(dir, 'log.jsonl');
  const saved = { VISUAL: process.env.VISUAL, MODE_EDITOR_LOG: process.env.MODE_EDITOR_LOG };
  Object.assign(process.env, { VISUAL: `${process.execPath} ${FAKE}`, MODE_EDITOR_LOG: log });
  try {
    const out = editInEditor('{"secret": "item"}', noSuspend);
    assert.equal(out, '{"secret": "item"} edited');
    const seen = JSON.parse(readFileSync(log, 'utf8')) as { file: string; mode: string };
    assert.equal(seen.mode, '600');
    assert.match(seen.file, /dynoscope-item-.*\.json$/);
    assert.equal(existsSync(seen.file), false, 'removed after the edit');
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    rmSync(dir, { recursive: true, force: true });
  }
});

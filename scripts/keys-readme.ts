// Rewrites the key table in README.md from src/keys/bindings.ts (npm run keys:readme).
// A test fails when the README's table differs from the bindings.
import { readFileSync, writeFileSync } from 'node:fs';
import { markdownKeyTable } from '../src/keys/table.js';

const file = new URL('../README.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const start = '<!-- keys:start -->';
const end = '<!-- keys:end -->';
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`README.md needs ${start} and ${end} markers`);
writeFileSync(file, `${text.slice(0, from + start.length)}\n${markdownKeyTable()}\n${text.slice(to)}`);

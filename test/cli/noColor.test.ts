import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripColour, wantsNoColour } from '../../src/cli/noColor.js';

const E = '\x1b[';

test('colours are taken out of SGR sequences; bold, dim, inverse and resets stay', () => {
  const cases: [string, string][] = [
    [`${E}31mred${E}39m`, 'red'],
    [`${E}1;31mbold red${E}22;39m`, `${E}1mbold red${E}22m`],
    [`${E}38;5;196mx${E}48;2;10;20;30my${E}0m`, `xy${E}0m`],
    [`${E}38:2::255:0:0;7mx${E}27m`, `${E}7mx${E}27m`],
    [`${E}7;94;101mcursor${E}m`, `${E}7mcursor${E}m`],
    [`${E}2mdim${E}22m ${E}4;58;5;1mu${E}24;59m`, `${E}2mdim${E}22m ${E}4mu${E}24m`],
    // Not SGR: cursor moves, erases, screen switches pass untouched.
    [`${E}2K${E}?1049h${E}3;1H${E}31;1H`, `${E}2K${E}?1049h${E}3;1H${E}31;1H`],
  ];
  for (const [input, expected] of cases) assert.equal(stripColour(input), expected, JSON.stringify(input));
});

test('NO_COLOR counts when set and not empty; FORCE_COLOR, when given, wins', () => {
  assert.equal(wantsNoColour({ NO_COLOR: '1' }), true);
  assert.equal(wantsNoColour({ NO_COLOR: 'anything' }), true);
  assert.equal(wantsNoColour({ NO_COLOR: '' }), false);
  assert.equal(wantsNoColour({}), false);
  assert.equal(wantsNoColour({ NO_COLOR: '1', FORCE_COLOR: '1' }), false);
  assert.equal(wantsNoColour({ NO_COLOR: '1', FORCE_COLOR: '0' }), false, 'FORCE_COLOR=0 turns colour off by itself');
});

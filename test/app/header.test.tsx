// The header says where the app is connected: profile, region (with an endpoint too) and
// the endpoint, cut to the width without splitting a label from its value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from 'ink-testing-library';
import { Header } from '../../src/app/Header.js';

const frame = (props: Parameters<typeof Header>[0]) => {
  const r = render(<Header {...props} />);
  const f = r.lastFrame() ?? '';
  r.unmount();
  return f;
};

test('the region is shown, from what the SDK resolved or else the connection', () => {
  assert.equal(frame({ connection: { profile: 'dev' }, region: 'eu-west-1', width: 100 }).trimEnd(), 'dynoscope profile dev  region eu-west-1');
  assert.match(frame({ connection: { profile: 'dev', region: 'us-east-2' }, width: 100 }), /region us-east-2/);
});

test('with an endpoint the region is shown too, before the endpoint', () => {
  const f = frame({ connection: { profile: 'dev', endpoint: 'http://localhost:8000' }, region: 'us-east-1', width: 100 });
  assert.equal(f.trimEnd(), 'dynoscope profile dev  region us-east-1  endpoint http://localhost:8000');
});

test('narrow: the endpoint gives way first, the region stays whole', () => {
  const f = frame({ connection: { profile: 'production-admin', endpoint: 'http://localhost:8000', readOnly: true }, region: 'ap-southeast-2', width: 100 });
  assert.match(f, /region ap-southeast-2 {2}endpoint http:\/\/\S*… +READ-ONLY/);
  assert.match(f, /profile production-admin/);
  assert.ok(f.trimEnd().length <= 100, f);
});

test('very narrow: the profile gives way too, and the line never exceeds the width', () => {
  for (const width of [40, 60, 80]) {
    const f = frame({ connection: { profile: 'production-admin', endpoint: 'http://localhost:8000' }, region: 'eu-west-1', width });
    assert.ok(f.trimEnd().length <= width, `${width}: ${f}`);
    assert.match(f, /^dynoscope profile \S+/);
  }
});

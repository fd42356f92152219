// The environment a program under test sees: that of an interactive xterm user,
// whatever the test runner's own environment is.

// Ink (via `is-in-ci`, read once at import) treats CI / CONTINUOUS_INTEGRATION as
// "not a real terminal": it ignores resize events, skips erasing frames and
// writes only the last frame at unmount (node_modules/ink/build/ink.js). An e2e
// run under CI=true would therefore not see the app as users do.
// The other names would leak the runner's terminal or test state into the child:
// KITTY_WINDOW_ID/TERM_PROGRAM make Ink probe the kitty keyboard protocol,
// NO_COLOR would strip colours, NODE_TEST_CONTEXT belongs to `node --test`.
// AWS_* from the developer's shell (profile, endpoint, real keys) would make a run
// depend on whoever runs it; tests pass what they need explicitly.
const dropped = [
  'CI',
  'CONTINUOUS_INTEGRATION',
  'NO_COLOR',
  'NODE_TEST_CONTEXT',
  'KITTY_WINDOW_ID',
  'TERM_PROGRAM',
  'TERM_PROGRAM_VERSION',
  'TMUX',
  'COLUMNS',
  'LINES',
];

export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !dropped.includes(k) && !k.startsWith('AWS_')) env[k] = v;
  }
  Object.assign(env, {
    TERM: 'xterm-256color',
    // FORCE_COLOR is a floor for chalk's detection; with TERM above and COLORTERM
    // it reaches truecolor, which the screenshot renderer draws exactly.
    FORCE_COLOR: '1',
    COLORTERM: 'truecolor',
    // The SDK would print a Node version warning straight to the terminal.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  return Object.assign(env, extra);
}

/** Dummy credentials and region for an app pointed at a local engine. */
export const localAwsEnv: Record<string, string> = {
  AWS_ACCESS_KEY_ID: 'dummy',
  AWS_SECRET_ACCESS_KEY: 'dummy',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  // Keep a developer's ~/.aws profile out of the run.
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
};

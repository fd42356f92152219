// Imported first by test helpers: the SDK prints a Node version warning at load time
// unless this is set before it is imported.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// The app records history and saved queries under the XDG folders: a test file run on its
// own (not through scripts/test.sh, which sets these) must not write to the user's home.
process.env.XDG_STATE_HOME ??= new URL('../../.tmp/xdg/state', import.meta.url).pathname;
process.env.XDG_CONFIG_HOME ??= new URL('../../.tmp/xdg/config', import.meta.url).pathname;

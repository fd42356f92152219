// Imported first by the entry: the SDK prints a Node-version warning to stderr when it
// loads, which would draw over Ink's screen (DESIGN.md principle 6).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

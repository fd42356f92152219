// Imported first by test helpers: the SDK prints a Node version warning at load time
// unless this is set before it is imported.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

// Imported first by the entry: the SDK prints a Node-version warning to stderr when it
// loads, which would draw over Ink's screen (DESIGN.md principle 6).
import { filterColour, wantsNoColour } from './noColor.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Ink draws nothing until exit when it believes it runs in CI (is-in-ci reads CI and CI_*
// at load time). dynoscope only runs on an interactive terminal, so that guess is wrong.
for (const key of Object.keys(process.env)) {
  if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
}
// Before anything draws; FORCE_COLOR is left to chalk, which reads it when it loads.
if (wantsNoColour(process.env)) filterColour(process.stdout);

// Runs generated code for real: Python with boto3 (Debian's python3-boto3) and JavaScript
// with node and the SDK in node_modules, against the embedded engine over HTTP, with dummy
// credentials from a credentials file no user config can leak into.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MARK = '@@RESULT@@';

/** Why boto3 cannot run here, or false when it can. */
export function boto3Missing(): string | false {
  try {
    execFileSync('python3', ['-c', 'import boto3'], { stdio: 'ignore' });
    return false;
  } catch {
    return 'python3 with boto3 is missing (apt-get install -y python3-boto3); the generated boto3 code was NOT executed';
  }
}

// Under the worktree, so `import "@aws-sdk/client-dynamodb"` resolves from node_modules.
const dir = (() => {
  mkdirSync('.tmp', { recursive: true });
  return mkdtempSync(join(process.cwd(), '.tmp', 'code-'));
})();
const credentials = join(dir, 'credentials');
writeFileSync(credentials, '[default]\naws_access_key_id = demo\naws_secret_access_key = demo\n[codegen]\naws_access_key_id = demo\naws_secret_access_key = demo\n');

const env = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH, HOME: dir, LC_ALL: 'C.UTF-8',
  AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_CONFIG_FILE: join(dir, 'none'), AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

/** What the program printed after MARK, parsed. */
function result(stdout: string): unknown {
  const line = stdout.split('\n').find((l) => l.startsWith(MARK));
  return line === undefined ? undefined : JSON.parse(line.slice(MARK.length));
}

let count = 0;

/** Runs `code`, then `python` (an expression over its variables) printed as JSON, bytes as {"$bytes": base64}. */
export async function runPython(code: string, expression = 'None'): Promise<unknown> {
  const file = join(dir, `run${++count}.py`);
  writeFileSync(file, `${code}\nimport json, base64\nprint(${JSON.stringify(MARK)} + json.dumps(${expression}, default=lambda b: {"$bytes": base64.b64encode(b).decode()}))\n`);
  const { stdout } = await run('python3', [file], { env: env(), encoding: 'utf8' });
  return result(stdout);
}

/** The same for an ES module run by node; binary (Uint8Array) as {"$bytes": base64}. */
export async function runNode(code: string, expression = 'null'): Promise<unknown> {
  const file = join(dir, `run${++count}.mjs`);
  const replacer = '(k, v) => (v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString("base64") } : v)';
  writeFileSync(file, `${code}\nconsole.log(${JSON.stringify(MARK)} + JSON.stringify(${expression}, ${replacer}));\n`);
  const { stdout } = await run(process.execPath, [file], { env: env(), encoding: 'utf8' });
  return result(stdout);
}

/** A value as the programs print it: binary as {"$bytes": base64}, undefined members dropped. */
export function asPrinted(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const original = this[key];
    return original instanceof Uint8Array ? { $bytes: Buffer.from(original).toString('base64') } : v;
  }));
}

// Spawning a measured command: wall time from spawn to exit, its stdout (when kept),
// and its peak memory for node commands (bench/bulkRss.mjs).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured { ms: number; stdout: string; rssKiB?: number }

export interface Spec {
  cmd: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Keep stdout (counts); otherwise it goes to /dev/null. */
  keepStdout?: boolean;
}

const rssDir = mkdtempSync(join(tmpdir(), 'dynoscope-bench-'));
process.on('exit', () => rmSync(rssDir, { recursive: true, force: true }));
let rssCount = 0;

export function measure(spec: Spec): Promise<Measured> {
  const rssFile = join(rssDir, `rss${++rssCount}`);
  const isNode = spec.cmd === process.execPath;
  const args = isNode ? ['--import', './bench/bulkRss.mjs', ...spec.args] : spec.args;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(spec.cmd, args, {
      env: { ...spec.env, BULK_RSS_FILE: rssFile },
      stdio: ['ignore', spec.keepStdout ? 'pipe' : 'ignore', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => { stdout += d; });
    child.stderr?.on('data', (d) => { stderr += d; });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`${spec.cmd} ${spec.args.join(' ')} exited ${code ?? signal}: ${stderr.trim()}`));
      let rssKiB: number | undefined;
      try { rssKiB = isNode ? Number(readFileSync(rssFile, 'utf8')) : undefined; } catch { rssKiB = undefined; }
      resolve({ ms, stdout, rssKiB });
    });
  });
}

export interface Stats { median: number; min: number; max: number; samples: number[] }

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)]!, min: s[0]!, max: s[s.length - 1]!, samples };
}

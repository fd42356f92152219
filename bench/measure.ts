// Timings of whole processes in the e2e harness's pseudo-terminal, so the app, bare
// node and the AWS CLI all go through the same spawn path.
import { launch, type Predicate } from '../test/e2e/terminal.js';

export interface Command {
  cmd: string;
  args: string[];
  env: Record<string, string>;
  /** How the command is shown in the report. */
  label: string;
}

const size = { cols: 120, rows: 32 };

/**
 * Milliseconds from spawn to the first frame matching each predicate in turn (one
 * stage after the other), with the screens that matched; the process is then killed.
 */
export async function timeToScreens(
  c: Command,
  stages: Predicate[],
  timeout: number,
): Promise<{ ms: number[]; screens: string[] }> {
  const t = await launch(c.cmd, c.args, { ...size, env: c.env });
  const ms: number[] = [];
  const screens: string[] = [];
  try {
    for (const pred of stages) {
      screens.push(await t.waitFor(pred, { timeout }));
      ms.push(performance.now() - t.startedAt);
    }
    return { ms, screens };
  } finally {
    t.kill();
    await t.exited;
  }
}

/** Milliseconds from spawn to exit (all output on the screen); fails on a non-zero exit. */
export async function timeToExit(c: Command, timeout: number): Promise<{ ms: number; screen: string }> {
  const t = await launch(c.cmd, c.args, { ...size, env: c.env });
  const timer = setTimeout(() => t.kill('SIGKILL'), timeout);
  try {
    const exit = await t.exited;
    const ms = performance.now() - t.startedAt;
    if (exit.exitCode !== 0 || exit.signal) {
      throw new Error(`${c.label} exited ${JSON.stringify(exit)}; screen:\n${t.text()}`);
    }
    return { ms, screen: t.text() };
  } finally {
    clearTimeout(timer);
  }
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return { median: r(median), min: r(s[0]), max: r(s[s.length - 1]), samples: samples.map(r) };
}

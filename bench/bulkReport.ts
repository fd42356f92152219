// The bulk bench's report: medians, ratios and the goals of issue 5 item 7.
import type { Stats } from './bulkRun.js';

export interface BulkReport {
  runs: number; items: number; small: number; segments: number; withAws: boolean;
  results: Record<string, Stats>;
  rssKiB: { small: Stats; big: Stats };
}

export const BULK_GOALS = { exportOverAws: 1 / 3, exportOverSdk: 1.5, countOverAwsViaProxy: 0.5, memoryBigOverSmall: 1.25 };

export function printBulkReport(r: BulkReport, json: boolean): boolean {
  const m = (k: string) => r.results[k]?.median;
  const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined ? a / b : undefined);
  const goals: [string, number | undefined, number][] = [
    ['local export / aws scan', ratio(m('local.export'), m('local.awsScan')), BULK_GOALS.exportOverAws],
    ['proxy export / aws scan', ratio(m('proxy.export'), m('proxy.awsScan')), BULK_GOALS.exportOverAws],
    ['local export / sdk loop', ratio(m('local.export'), m('local.sdkScan')), BULK_GOALS.exportOverSdk],
    ['proxy export / sdk loop', ratio(m('proxy.export'), m('proxy.sdkScan')), BULK_GOALS.exportOverSdk],
    ['proxy count / aws count', ratio(m('proxy.count'), m('proxy.awsCount')), BULK_GOALS.countOverAwsViaProxy],
    [`peak RSS ${r.items} / ${r.small} items`, ratio(r.rssKiB.big.median, r.rssKiB.small.median), BULK_GOALS.memoryBigOverSmall],
  ];
  const verdicts = goals.map(([name, value, limit]) => ({ name, value, limit, met: value === undefined ? null : value <= limit }));
  const allMet = verdicts.every((v) => v.met !== false);
  if (json) {
    console.log(JSON.stringify({ ...r, goals: verdicts, allGoalsMet: allMet }, null, 2));
    return allMet;
  }
  console.log(`bulk: ${r.items} items, --segments ${r.segments}, ${r.runs} runs each; seconds (median, min-max)\n`);
  for (const [k, s] of Object.entries(r.results)) {
    console.log(`${k.padEnd(22)} ${(s.median / 1000).toFixed(2).padStart(7)}   ${(s.min / 1000).toFixed(2)}-${(s.max / 1000).toFixed(2)}`);
  }
  if (r.rssKiB.big.median !== undefined) console.log(`\npeak RSS of export: ${r.small} items ${mib(r.rssKiB.small.median)}, ${r.items} items ${mib(r.rssKiB.big.median)}\n`);
  for (const v of verdicts) {
    const value = v.value === undefined ? 'n/a' : `${v.value.toFixed(2)}x`;
    console.log(`${v.name.padEnd(30)} ${value.padStart(7)}  (goal <= ${v.limit.toFixed(2)}x)  ${v.met === null ? 'n/a' : v.met ? 'met' : 'MISSED'}`);
  }
  if (!r.withAws) console.log('\nno AWS CLI at /usr/bin/aws: the aws rows are n/a (apt-get install -y awscli)');
  return allMet;
}

const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;

// Preloaded into a measured node process (`node --import ./bench/bulkRss.mjs ...`):
// writes its peak resident set size (KiB) to the file in BULK_RSS_FILE at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BULK_RSS_FILE) writeFileSync(process.env.BULK_RSS_FILE, String(process.resourceUsage().maxRSS));
});

import { Box, Text } from 'ink';
import { valueToPlainJson } from '../../dynamo/codec/index.js';
import type { WriteFailure } from '../../state/writeFlow.js';
import { wrapLine } from '../../format/wrap.js';

const reasons: Record<string, string> = {
  'unchanged-guard': 'Someone changed the item after you loaded it; nothing was overwritten.',
  'item-missing': 'The item is gone: it was deleted after you loaded it; nothing was written.',
  'item-exists': 'An item with this key already exists; nothing was overwritten.',
  'user-condition': 'Your condition expression was false for the item as it is now; nothing was written.',
  unknown: 'A condition failed; nothing was written.',
};

/** A refused write: which check failed and what changed underneath. The edits stay. */
export function FailurePanel({ failure }: { failure: WriteFailure }) {
  const show = (v: unknown) => (v === undefined ? '(absent)' : valueToPlainJson(v as never, { compact: true }));
  const diff = failure.diff ?? [];
  const lines = (
    <>
      {diff.slice(0, 6).map((d) => (
        <Text key={d.name} wrap="truncate-end">
          {'  '}<Text color="yellow">{d.name}</Text>: loaded <Text color="gray">{show(d.loaded)}</Text> → now <Text color="cyan">{show(d.now)}</Text>
        </Text>
      ))}
      {diff.length > 6 ? <Text dimColor>  … and {diff.length - 6} more</Text> : null}
    </>
  );
  if (failure.kind === 'error') {
    return (
      <Box flexDirection="column" marginBottom={failure.unknownOutcome ? 1 : 0}>
        <Text color="red" wrap="wrap">✗ {failure.problem.title}: {failure.problem.detail}{failure.problem.hint ? ` ${failure.problem.hint}` : ''}</Text>
        {failure.unknownOutcome ? lines : null}
      </Box>
    );
  }
  const headline = failure.failed === 'already-applied' ? failure.problem.detail : reasons[failure.failed] ?? reasons.unknown;
  return (
    // No border box: Ink mis-measured a truncated line inside one and drew two lines over each other.
    <Box flexDirection="column" marginBottom={1}>
      <Text bold color="red" wrap="wrap">✗ Condition failed: {headline}</Text>
      {lines}
      <Text color="yellow" wrap="wrap">  {failure.problem.hint ?? 'Your edits are kept below: adjust them (or reload the item) and save again.'}</Text>
    </Box>
  );
}

/** About how many lines the panel takes at this width (at least as many as it draws; word
 * wrapping can take a line more than a hard wrap, so each wrapped text counts one extra). */
export function failureLines(failure: WriteFailure, width: number): number {
  const wrapped = (text: string) => { const n = wrapLine(text, width).length; return n > 1 ? n + 1 : n; };
  const diff = failure.diff ?? [];
  const diffLines = Math.min(diff.length, 6) + (diff.length > 6 ? 1 : 0);
  if (failure.kind === 'error') {
    const p = failure.problem;
    const head = wrapped(`✗ ${p.title}: ${p.detail}${p.hint ? ` ${p.hint}` : ''}`);
    return head + (failure.unknownOutcome ? diffLines + 1 : 0);
  }
  const headline = failure.failed === 'already-applied' ? failure.problem.detail : reasons[failure.failed] ?? reasons.unknown;
  return wrapped(`✗ Condition failed: ${headline}`) + diffLines + wrapped(`  ${failure.problem.hint ?? 'Your edits are kept below: adjust them (or reload the item) and save again.'}`) + 1;
}

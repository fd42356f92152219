import { Text } from 'ink';
import { barText, formatFraction, indeterminateBar } from '../format/progress.js';

export interface ProgressBarProps {
  /** 0..1; undefined draws a bar of unknown length that moves with `tick`. */
  fraction?: number;
  /** Cells of the bar itself (the percentage follows it). */
  width: number;
  tick?: number;
  color?: string;
}

/** `██████░░░░░░ 48%`, or a moving block when the total is unknown. */
export function ProgressBar({ fraction, width, tick = 0, color = 'cyan' }: ProgressBarProps) {
  if (fraction === undefined) return <Text color={color}>{indeterminateBar(tick, width)}</Text>;
  return (
    <Text>
      <Text color={color}>{barText(fraction, width)}</Text>
      <Text> {formatFraction(fraction).padStart(4)}</Text>
    </Text>
  );
}

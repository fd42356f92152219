// Deleting a table: decided from the described table before anything is sent, because
// DynamoDB refuses DeleteTable with deletion protection on and while the table is busy, and
// the user should learn why (and the way out) before typing the table's name.
import type { DeleteTableCommandInput } from '@aws-sdk/client-dynamodb';
import { awsCliCommand, type CliContext } from '../read/awsCli.js';
import type { TableInfo } from '../tableInfo.js';

export type DeleteTablePlan =
  | { ok: true; input: DeleteTableCommandInput }
  | { ok: false; reason: 'protected' | 'busy'; message: string; hint?: string };

/** DynamoDB answers ResourceInUseException to DeleteTable in these statuses. */
const BUSY: Record<string, string> = {
  CREATING: 'is still being created',
  UPDATING: 'is being updated',
  DELETING: 'is already being deleted',
};

export function planDeleteTable(info: TableInfo, ctx: CliContext = {}): DeleteTablePlan {
  const table = info.name;
  // Checked first: even a table that is busy now could not be deleted once it is ACTIVE.
  if (info.deletionProtection) {
    return {
      ok: false,
      reason: 'protected',
      message: `${table} has deletion protection on, so DynamoDB refuses to delete it. `
        + 'Turning it off is a separate, deliberate change; after that, delete the table here.',
      // Not offered as an action in the UI: lifting a protection should take a second thought.
      hint: awsCliCommand('UpdateTable', { TableName: table, DeletionProtectionEnabled: false }, ctx),
    };
  }
  const busy = BUSY[info.status];
  if (busy) {
    const advice = info.status === 'DELETING' ? 'There is nothing more to do.' : 'Wait until it is ACTIVE (R refreshes), then delete it.';
    return {
      ok: false,
      reason: 'busy',
      message: `${table} ${busy} (${info.status}); DynamoDB refuses DeleteTable until it is ACTIVE. ${advice}`,
    };
  }
  return { ok: true, input: { TableName: table } };
}

/**
 * The typed confirmation: exactly the table's name, case-sensitive, nothing trimmed or
 * normalised. Table names cannot contain spaces, so a stray space never stands for a real
 * name, and a confirmation that is "close enough" is not one. An empty name never matches.
 */
export function typedNameMatches(typed: string, table: string): boolean {
  return table !== '' && typed === table;
}

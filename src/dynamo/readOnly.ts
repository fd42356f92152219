// Which operations write, for --read-only. Kept apart from client.ts so the UI can hide
// write bindings with the same list the client enforces.
export const WRITE_OPERATIONS = new Set([
  'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems',
  'CreateTable', 'DeleteTable', 'UpdateTable', 'UpdateTimeToLive', 'ExecuteStatement',
  'BatchExecuteStatement', 'ExecuteTransaction', 'RestoreTableFromBackup',
  'RestoreTableToPointInTime', 'ImportTable', 'CreateBackup', 'DeleteBackup',
]);

export class ReadOnlyError extends Error {
  constructor(command: string) {
    super(`Refused ${command.replace(/Command$/, '')}: dynoscope was started with --read-only.`);
    this.name = 'ReadOnlyError';
  }
}

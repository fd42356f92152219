// The table lifecycle as data: the create-table form -> a checked CreateTable request,
// waiting for ACTIVE or gone, and whether (and how) a table can be deleted. No UI here.
export {
  buildCreateTableInput, createTableInputUnchecked, validateCreateTable, includeNames, CREATE_TABLE_LIMITS,
  type CreateTableSpec, type IndexSpec, type KeySpec, type KeyType, type SpecProblem,
} from './createTable.js';
export { waitForActive, waitForGone, WaitTimeoutError, type WaitOptions } from './wait.js';
export { planDeleteTable, typedNameMatches, type DeleteTablePlan } from './deleteTable.js';

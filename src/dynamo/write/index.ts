// The write path: pure builders that turn a form into the exact request to review and send
// (UpdateItem for an edit, PutItem for a new item, DeleteItem, the update form and the
// atomic counter), each with its guard (the item before) and expectation (the item after);
// sendWrite, which resolves a failed condition or a lost answer by re-reading the item;
// save-as-new for a key change; and the batch delete of marked rows. No UI here.
export type {
  Built, Expectation, ExpectedValue, Failed, FieldError, GuardedAttribute, Item, UserCondition, WriteGuard, WriteInputs, WriteOperation,
} from './types.js';
export { buildEditInput, editChanges, type EditResult } from './edit.js';
export { buildPutInput, type PutOptions, type PutResult } from './put.js';
export { buildDeleteInput, type DeleteOptions } from './delete.js';
export { buildUpdateExpressionInput, type UpdateOptions } from './update.js';
export { buildCounterInput } from './counter.js';
export { buildSaveAsNewInputs, sendSaveAsNew, type SaveAsNew, type SaveAsNewResult } from './saveAsNew.js';
export { sendWrite, type SendResult } from './send.js';
export { explainFailure, type ConditionFailure } from './explain.js';
export { holdsExpectation, guardHolds, guardExcludesExpectation } from './expect.js';
export { mayHaveBeenApplied } from './lostAnswer.js';
export {
  buildBatchDeleteInputs, deleteMany, BATCH_SIZE, type BatchDeleteRequest, type DeleteManyOptions, type DeleteManyProgress, type DeleteManyReport,
} from './batchDelete.js';
export { sameValue, sameItem, diffItems, type AttributeDiff } from './equality.js';
export { itemSize, valueSize, attributeSize, MAX_ITEM_BYTES } from './size.js';
export { valueProblem } from './validate.js';
export { MAX_EXPRESSION_BYTES, MAX_OPERATORS } from './compose.js';
export { buildUndoInput, unchangedSince, type UndoImages } from './undo.js';

// The write path: pure builders that turn a form into the exact request to review and send
// (UpdateItem for an edit, PutItem for a new item, DeleteItem, the update form and the
// atomic counter), sendWrite that explains a failed condition, save-as-new for a key
// change, and the batch delete of marked rows. No UI here.
export type { Built, Failed, FieldError, GuardedAttribute, Item, UserCondition, WriteGuard, WriteInputs, WriteOperation } from './types.js';
export { buildEditInput, editChanges, type EditResult } from './edit.js';
export { buildPutInput, type PutOptions, type PutResult } from './put.js';
export { buildDeleteInput, type DeleteOptions } from './delete.js';
export { buildUpdateExpressionInput, buildCounterInput } from './update.js';
export { buildSaveAsNewInputs, sendSaveAsNew, type SaveAsNew, type SaveAsNewResult } from './saveAsNew.js';
export { sendWrite, explainFailure, type ConditionFailure, type SendResult } from './send.js';
export { deleteMany, BATCH_SIZE, type DeleteManyOptions, type DeleteManyProgress, type DeleteManyReport } from './batchDelete.js';
export { sameValue, sameItem, diffItems, type AttributeDiff } from './equality.js';
export { itemSize, valueSize, attributeSize, MAX_ITEM_BYTES } from './size.js';
export { valueProblem } from './validate.js';
export { MAX_EXPRESSION_BYTES, MAX_OPERATORS } from './compose.js';

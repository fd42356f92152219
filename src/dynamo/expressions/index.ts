// DynamoDB expressions: parse what the user typed, check it, and print the exact request
// text with its ExpressionAttributeNames / ExpressionAttributeValues.
//
//   const alloc = createAllocator(undefined, values);          // values from parseValuesField
//   const filter = compileExpression('filter', 'year = 1999 AND begins_with(title, "The")', alloc);
//   if (filter.ok) send({ FilterExpression: filter.expression, ...alloc.result() });

export type * from './ast.js';
export { createAllocator, type Allocator, type ExpressionAttributes } from './allocator.js';
export { compileExpression, buildKeyCondition, attributeOf, type CompileResult, type KeyConditionSpec } from './compile.js';
export { caret, type ExprError } from './errors.js';
export type { KeyConditionParts, SortKeyOp } from './keyCondition.js';
export { isPlainName, isKeyword } from './names.js';
export { parseExpression, type ParseResult } from './parser.js';
export { printExpression, printSource, sourceNaming, requestNaming, type Naming } from './printer.js';
export { isReservedWord, reservedWordCount } from './reservedWords.js';
export { parseValuesField, type ValuesFieldResult } from './values.js';

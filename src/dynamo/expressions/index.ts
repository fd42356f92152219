// DynamoDB expressions: parse what the user typed, check it, and print the exact request
// text with its ExpressionAttributeNames / ExpressionAttributeValues.
//
//   const alloc = createAllocator(undefined, values);          // values from parseValuesField
//   const filter = compileExpression('filter', 'year = 1999 AND begins_with(title, "The")', alloc);
//   if (filter.ok) send({ FilterExpression: filter.expression, ...alloc.result() });
//
// Input syntax, beyond DynamoDB's own:
// - names: bare words (unicode letters allowed) or `backticks` for anything else; `a.b` in
//   backticks is one name; a backtick inside is written twice. Keywords (AND OR NOT BETWEEN
//   IN SET REMOVE ADD DELETE true false null) need backticks to be names.
// - values: numbers as typed (kept as text), "double quotes" with JSON escapes,
//   'single quotes' with '' for a quote and no escapes, true, false, null.
// - only names DynamoDB would refuse bare (reserved words, non-ASCII-identifier names) get a
//   #placeholder; every literal gets a :placeholder, equal literals share one.

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
export { evaluateUpdate, updatePaths, type Refs } from './evaluate.js';

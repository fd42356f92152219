export { itemToDdbJson, valueToDdbJson, ddbJsonToItem, ddbJsonToValue } from './ddbJson.js';
export { toDdbJsonValue, toDdbJsonObject, fromDdbJsonValue, fromDdbJsonObject, type DdbJsonPrintOptions } from './ddbJson.js';
export { itemToPlainJson, valueToPlainJson, plainJsonToItem, plainJsonToValue } from './plainJson.js';
export { toPlainJsonValue, toPlainJsonObject, fromPlainJsonValue, fromPlainJsonObject, type PlainJsonPrintOptions } from './plainJson.js';
export { CodecError, formatPath, type PathSegment } from './errors.js';
export { checkDynamoNumber, numberKey, type DecimalParts, type NumberCheck } from './number.js';
export { toBase64, fromBase64 } from './base64.js';
export { attributeOf, typeOf, typeSummary, isAttrType, ATTR_TYPES, type AttrType, type Item } from './types.js';
export { addNumbers, compareDecimals } from './decimal.js';

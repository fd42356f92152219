// A ValidationException names the expression it refuses; put it next to that field.
import type { ReadForm } from '../dynamo/read/form.js';

const fields: [RegExp, keyof ReadForm][] = [
  [/KeyConditionExpression|Query key condition|key schema|partition key|hash key/i, 'partitionValue'],
  [/FilterExpression|Filter Expression/i, 'filter'],
  [/ProjectionExpression/i, 'projection'],
  [/ExpressionAttributeValues|ExpressionAttributeValue|:\w+ (is )?not (defined|used)|Value provided in ExpressionAttributeValues/i, 'values'],
  [/ExpressionAttributeNames/i, 'names'],
  [/Limit|page size/i, 'pageSize'],
  [/ConsistentRead|Consistent reads/i, 'consistent'],
  [/IndexName|index/i, 'index'],
];

export function serverErrorField(message: string): keyof ReadForm | undefined {
  return fields.find(([re]) => re.test(message))?.[1];
}

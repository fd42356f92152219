// The title above each write form and the line of help under it.
import { itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import { itemKey } from '../../dynamo/itemKey.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import type { WriteScreen } from '../../state/screens.js';
import { describeKey } from '../../state/writePending.js';

export function formTitle(e: WriteScreen, info?: TableInfo): string {
  const key = (item: Item) => (info ? itemKey(info, item) : {});
  const keyText = (item: Item) => itemToPlainJson(key(item), { compact: true });
  switch (e.kind) {
    case 'edit': return e.mode === 'edit' ? `Edit ${e.table} ${describeKey(key(e.item ?? {}))}` : `New item in ${e.table}`;
    case 'delete': return `Delete ${keyText(e.item)} from ${e.table}`;
    case 'update': return `Update ${keyText(e.item)} in ${e.table}`;
    case 'counter': return `${e.attribute} ${e.delta}`;
    case 'undo': return `Undo the ${e.choice.operation} of ${describeKey(e.choice.key)} in ${e.table}`;
    case 'deleteMany': return `Delete ${e.keys.length} marked items from ${e.table}`;
    case 'createTable': return e.flow.step === 'sending' ? `Creating table ${e.draft.name}` : 'Create table';
    case 'deleteTable': return `Delete table ${e.table}`;
  }
}

export function formNote(e: WriteScreen): string {
  switch (e.kind) {
    case 'edit': return 'Values are JSON (strings in quotes); sets are arrays, binary is base64. Only changed attributes are sent, each guarded to be as loaded.';
    case 'delete': return 'enter reviews the DeleteItem request; nothing is sent before you confirm it.';
    case 'update': return 'enter reviews the UpdateItem request; nothing is sent before you confirm it.';
    case 'deleteMany': return 'enter reviews the BatchWriteItem requests; nothing is sent before you confirm them.';
    case 'createTable': return 'ctrl+n adds an index · enter reviews the CreateTable request; nothing is sent before you confirm it';
    default: return '';
  }
}

// The create-table form's own commands: ctrl+n adds an index (the focus goes to it),
// ctrl+x removes the index of the focused field.
import type { Command } from '../../keys/bindings.js';
import type { EntryOf, WriteEntry } from '../../state/screens.js';
import { indexOfField, newIndex } from '../../state/tableDraft.js';

type Create = EntryOf<'createTable'>;

export function indexCommands(e: Create, replace: (next: WriteEntry) => void, focus: (fieldKey: string) => void): Partial<Record<Command, (fieldKey: string) => void>> {
  const { draft } = e;
  return {
    'index.add': () => {
      const i = draft.indexes.length;
      replace({ ...e, draft: { ...draft, indexes: [...draft.indexes, newIndex()] } });
      focus(`indexes.${i}.kind`);
    },
    'index.remove': (fieldKey) => {
      const i = indexOfField(fieldKey);
      if (i === undefined) return;
      // Problems name indexes by position: after a removal they would point at the wrong one.
      replace({ ...e, draft: { ...draft, indexes: draft.indexes.filter((_, j) => j !== i) }, flow: { ...e.flow, errors: {} } });
      focus(i > 0 ? `indexes.${i - 1}.kind` : 'deletionProtection');
    },
  };
}

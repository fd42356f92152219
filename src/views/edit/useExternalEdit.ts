// `E`: edit the whole item as exact plain JSON in $VISUAL / $EDITOR. Broken text reopens
// the editor with the message on top and the text kept; the result opens the edit form
// filled in, where enter reviews the minimal, guarded UpdateItem as for `e`.
import { useApp, useFlash } from '../../app/context.js';
import { editInEditor } from '../../app/externalEditor.js';
import { itemToPlainJson, plainJsonToItem, type Item } from '../../dynamo/codec/index.js';

const NOTE = '//';

export function useExternalEdit(table: string): (loaded: Item) => void {
  const { dispatch, suspend } = useApp();
  const say = useFlash();
  return (loaded) => {
    let text = itemToPlainJson(loaded);
    let problem = '';
    // Bounded, so an editor that never fixes the text cannot loop forever.
    for (let attempt = 0; attempt < 20; attempt++) {
      const shown = problem ? `${NOTE} ${problem}\n${NOTE} Fix the JSON below and save, or empty the file to cancel. Lines starting with ${NOTE} are ignored.\n${text}` : text;
      let out: string;
      try {
        out = editInEditor(shown, suspend);
      } catch (err) {
        return say('error', `could not run the editor ($VISUAL / $EDITOR): ${err instanceof Error ? err.message : String(err)}`);
      }
      const body = out.split('\n').filter((l) => !l.startsWith(NOTE)).join('\n');
      if (!body.trim()) return say('info', 'the editor left an empty file: nothing changed');
      try {
        const edited = plainJsonToItem(body, loaded);
        dispatch({ type: 'push', screen: { kind: 'edit', table, mode: 'edit', item: loaded, initial: edited } });
        return;
      } catch (err) {
        problem = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ');
        text = body;
      }
    }
    say('error', 'gave up after 20 tries in the editor: nothing changed');
  };
}

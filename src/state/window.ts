// A windowed list: which row has the cursor and which rows are on screen. Only the rows
// in [offset, offset + height) are rendered, so a list of any length costs its height.

export interface ListWindow { cursor: number; offset: number; height: number; count: number }

export const emptyWindow: ListWindow = { cursor: 0, offset: 0, height: 10, count: 0 };

export type WindowAction =
  | { type: 'move'; delta: number }
  | { type: 'top' }
  | { type: 'bottom' }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'resize'; height: number }
  | { type: 'count'; count: number };

export function windowReducer(w: ListWindow, a: WindowAction): ListWindow {
  switch (a.type) {
    case 'move': return settle({ ...w, cursor: w.cursor + a.delta });
    case 'top': return settle({ ...w, cursor: 0 });
    case 'bottom': return settle({ ...w, cursor: w.count - 1 });
    case 'page': return settle({ ...w, cursor: w.cursor + a.direction * Math.max(1, w.height - 1), offset: w.offset + a.direction * Math.max(1, w.height - 1) });
    case 'resize': return settle({ ...w, height: Math.max(1, a.height) });
    case 'count': return settle({ ...w, count: Math.max(0, a.count) });
  }
}

/** Clamp the cursor into the list and scroll the window just enough to show it. */
function settle(w: ListWindow): ListWindow {
  const cursor = w.count === 0 ? 0 : Math.min(Math.max(0, w.cursor), w.count - 1);
  const maxOffset = Math.max(0, w.count - w.height);
  let offset = Math.min(Math.max(0, w.offset), maxOffset);
  if (cursor < offset) offset = cursor;
  if (cursor >= offset + w.height) offset = cursor - w.height + 1;
  return { ...w, cursor, offset };
}

export function visibleRange(w: ListWindow): [number, number] {
  return [w.offset, Math.min(w.count, w.offset + w.height)];
}

/** The window as drawn `height` rows high (the state's height may be from an older size). */
export function windowAt(w: ListWindow, height: number): ListWindow {
  return w.height === height ? w : windowReducer(w, { type: 'resize', height });
}

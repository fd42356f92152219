// Writes of the files the app keeps that are still under way: the app waits for them (a
// little) before it exits, so a query run just before `q` is still in the history.
const pending = new Set<Promise<unknown>>();

export function trackWrite<T>(write: Promise<T>): Promise<T> {
  const settled = write.then(() => undefined, () => undefined);
  pending.add(settled);
  void settled.then(() => pending.delete(settled));
  return write;
}

/** Resolves when every write so far is done, or after `limitMs`, whichever comes first. */
export async function writesSettled(limitMs = 2000): Promise<void> {
  if (!pending.size) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all([...pending]),
    new Promise<void>((resolve) => { timer = setTimeout(resolve, limitMs); }),
  ]);
  clearTimeout(timer);
}

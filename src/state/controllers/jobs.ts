// The cancel handles of everything in flight, by name. One per app (not a module-level
// map), held by the controllers' context. A name starts with the id of the stack entry
// the job belongs to (`7/read`), so leaving a screen can cancel what it was reading.

export class Jobs {
  private running = new Map<string, AbortController>();

  /** Starts job `name`, cancelling one of the same name still running (a newer page read
   * replaces an older one). The signal is aborted by cancel() or by a newer start(). */
  start(name: string): AbortSignal {
    this.running.get(name)?.abort();
    const c = new AbortController();
    this.running.set(name, c);
    return c.signal;
  }

  /** The job ended by itself: forget it, if it is still the one with that signal. */
  end(name: string, signal: AbortSignal): void {
    if (this.running.get(name)?.signal === signal) this.running.delete(name);
  }

  isRunning(name: string): boolean {
    const c = this.running.get(name);
    return !!c && !c.signal.aborted;
  }

  /** Cancels job `name`; false when nothing of that name was running. */
  cancel(name: string): boolean {
    const c = this.running.get(name);
    this.running.delete(name);
    if (!c || c.signal.aborted) return false;
    c.abort();
    return true;
  }

  /** Cancels the jobs of a stack entry that is gone, except its writes: a write that was
   * sent is followed to its end (its result is still reported). */
  leave(entryId: number): void {
    for (const name of [...this.running.keys()]) {
      if (name.startsWith(`${entryId}/`) && !name.endsWith('/write')) this.cancel(name);
    }
  }

  cancelAll(): void {
    for (const name of [...this.running.keys()]) this.cancel(name);
  }
}

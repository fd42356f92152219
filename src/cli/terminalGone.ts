// The terminal going away (an ssh link dropped, tmux killed, the window closed): the
// process gets SIGHUP and its tty reads and writes fail with EIO. Nobody is there to read
// anything more, so the app ends at once and quietly: no frame, no cursor restore, no stack
// trace (Ink's own exit handler would write to the dead terminal and fail on it), and no
// tty mode change on a terminal that is gone.

let gone = false;

/** Ends the process quietly; safe to call more than once. */
export function terminalGone(): void {
  if (gone) return;
  gone = true;
  const silent = (() => true) as typeof process.stdout.write;
  process.stdout.write = silent;
  process.stderr.write = silent;
  const stdin = process.stdin as NodeJS.ReadStream & { setRawMode?: (mode: boolean) => unknown };
  if (stdin.setRawMode) stdin.setRawMode = () => stdin;
  // Not process.exit(): on its way out Node restores the tty's mode and asserts that this
  // worked, which on a terminal that is gone ends in a native crash (exit 139). Ended by the
  // hangup itself, as a program without handlers would be: the shell reports 129.
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
}

const lost = (err: NodeJS.ErrnoException) => {
  if (err?.code === 'EIO' || err?.code === 'EPIPE' || err?.code === 'ENXIO') terminalGone();
  else throw err;
};

/** Ends quietly on SIGHUP or on a tty that fails with EIO/EPIPE. Installed before Ink's
 * handlers (prepended), so they find the output already silenced. */
export function exitQuietlyWhenTerminalGoes(): void {
  process.prependListener('SIGHUP', terminalGone);
  process.stdout.on('error', lost);
  process.stdin.on('error', lost);
}

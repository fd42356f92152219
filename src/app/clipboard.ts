// Copy through the terminal (OSC 52): works over SSH and in tmux with set-clipboard on.
// The sequence moves no cursor, so writing it beside Ink's frame leaves the frame intact.
export function copyToClipboard(stdout: NodeJS.WriteStream, text: string): void {
  const payload = Buffer.from(text, 'utf8').toString('base64');
  const osc = `\x1b]52;c;${payload}\x07`;
  // Inside tmux the sequence must be wrapped to reach the outer terminal.
  stdout.write(process.env.TMUX ? `\x1bPtmux;${osc.replace(/\x1b/g, '\x1b\x1b')}\x1b\\` : osc);
}

// What a copy did, and the message that says so: "copied" only when a clipboard program
// took the text; a sequence sent to the terminal is "sent", since whether the terminal
// (or tmux) put it on the clipboard cannot be known from here.

export interface CopyOutcome {
  /** A clipboard program took the text. */
  copied: boolean;
  /** How: "with wl-copy", "to the terminal (OSC 52)", ... */
  how: string;
  /** The copy most likely went nowhere (tmux without set-clipboard on). */
  warn?: boolean;
}

/** `copied the item as plain JSON (12 characters) with wl-copy`. */
export function copyMessage(what: string, o: CopyOutcome): string {
  return `${o.copied ? 'copied' : 'sent'} ${what} ${o.how}`;
}

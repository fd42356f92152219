// What "the demo is ready" looks like on screen, for tests and screenshots that drive
// `dynoscope --demo`. The demo seeds its tables in the background after the first
// frame and reloads the table list when done; keys pressed before that can land on a
// list that is about to be replaced.
export const DEMO_TABLES = ['Movies', 'AppData'];

/** A line starts with the name (after a cursor mark, if any): a table row, not a message. */
export const listed = (name: string) => new RegExp(`^\\W{0,3}${name.replace(/\W/g, '\\$&')}\\b`, 'm');

/** Every demo table is listed, seeding has finished and no listing is in flight. */
export function demoSettled(screen: string): boolean {
  return (
    DEMO_TABLES.every((n) => listed(n).test(screen)) &&
    !/seeding demo data(?!: done)/.test(screen) &&
    !screen.includes('listing…')
  );
}

/** Seeding takes seconds (about 9 s on a loaded 2-core machine), so waits for it get longer. */
export const SEED_TIMEOUT = 90_000;

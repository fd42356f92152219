import type { ReadForm } from '../dynamo/read/form.js';

/** A short name for what the grid shows: `scan`, `query GenreRatingIndex`, `scan + filter`. */
export function requestLabel(form: ReadForm): string {
  return [form.mode, form.index, form.filter.trim() ? '+ filter' : '', form.projection.trim() ? '+ projection' : '']
    .filter(Boolean).join(' ');
}

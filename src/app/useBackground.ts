// Runs the app's background job (seeding the demo) after the first frame, with its label
// on the spinner, and reloads the table list when it ends.
import { useEffect } from 'react';
import type { Background } from './App.js';
import { useApp, useFlash } from './context.js';
import { describeError, problemLine } from '../dynamo/errors.js';

export function useBackground(job?: Background): void {
  const { dispatch } = useApp();
  const say = useFlash();
  useEffect(() => {
    if (!job) return;
    const id = 'background';
    dispatch({ type: 'busy', id, label: job.label });
    job.run((label) => dispatch({ type: 'busy', id, label }), () => dispatch({ type: 'tables/refresh' })).then(
      () => { dispatch({ type: 'busy', id }); dispatch({ type: 'tables/refresh' }); say('info', `${job.label}: done`); },
      (err) => { dispatch({ type: 'busy', id }); say('error', `${job.label} failed: ${problemLine(describeError(err))}`); },
    );
  }, [job]);
}

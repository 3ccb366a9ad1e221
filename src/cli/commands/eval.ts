// `dossier eval TASK`: progress on stderr, the figures as one JSON object on the last line of stdout.
import type { EvalArgs, EvalTask, Split } from '../../eval/types.js';
import { printJson, UsageError } from '../output.js';

const TASKS: Record<string, () => Promise<{ run: EvalTask }>> = {
  ner: () => import('../../eval/ner.js'),
  quotes: () => import('../../eval/quotes.js'),
  quantities: () => import('../../eval/quantities.js'),
};
const LATER = ['geo', 'resolve', 'events'];

export async function evalCommand(task: string, opts: { split?: string; predictions?: string; limit?: string }): Promise<number> {
  const load = TASKS[task];
  if (!load) {
    if (LATER.includes(task)) throw new UsageError(`eval ${task} is not available yet in this version (available: ${Object.keys(TASKS).join(', ')})`);
    throw new UsageError(`unknown eval task "${task}"; use one of ${Object.keys(TASKS).join(', ')}`);
  }
  const split = (opts.split ?? 'test') as Split;
  if (!['train', 'dev', 'test'].includes(split)) throw new UsageError(`--split must be train, dev or test, not "${opts.split}"`);
  const args: EvalArgs = { split };
  if (opts.predictions) args.predictions = opts.predictions;
  if (opts.limit !== undefined) {
    if (!/^\d+$/.test(opts.limit)) throw new UsageError(`--limit must be a whole number, not "${opts.limit}"`);
    args.limit = Number(opts.limit);
  }
  const { run } = await load();
  const report = await run(args);
  printJson(report);
  return 0;
}

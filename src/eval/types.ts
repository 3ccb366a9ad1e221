// Every `dossier eval TASK` module exports `run(args): Promise<EvalReport>`; the CLI prints progress
// lines the module writes to stderr, then the report as one JSON object on the last line of stdout.
export type Split = 'train' | 'dev' | 'test';

export interface EvalArgs {
  split: Split;
  /** Where to write per-item predictions (conlleval form for NER), when asked. */
  predictions?: string;
  /** Evaluate only the first N documents (quick checks); undefined = all. */
  limit?: number;
}

/** Figures as fractions in 0..1 and speeds per second; keys fixed per task by DESIGN.md §3. */
export type EvalReport = { task: string; split?: Split } & Record<string, unknown>;

export type EvalTask = (args: EvalArgs) => Promise<EvalReport>;

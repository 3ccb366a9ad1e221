#!/usr/bin/env node
// The `dossier` command: one verb per job (DESIGN.md §3), each with its own --help.
import { Command, Option } from 'commander';
import { DEFAULT_DB } from './db.js';
import { failAndExit } from './output.js';

// "dossier extract x.txt | head": a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const collect = (value: string, previous: string[] = []) => [...previous, value];
const dbOption = () => new Option('--db <url>', `SQLite file or postgres:// URL (default: $DOSSIER_DB or ${DEFAULT_DB})`);

const program = new Command()
  .name('dossier')
  .description('Turn a corpus of analytical articles into a knowledge base you can question, every fact linked to its sentence.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)');

program
  .command('ingest')
  .description('read files and folders (EDM text, plain text, BBC text, HTML, JSONL, RSS/Atom, Reuters SGML, InSight Crime TSV), extract facts, store them')
  .argument('<paths...>', 'files or folders (recursive); - reads standard input')
  .addOption(dbOption())
  .option('--format <name>', 'force a format: edm, text, bbc, html, jsonl, rss, reuters, insightcrime')
  .option('--json', 'print the summary as JSON')
  .option('-q, --quiet', 'print only the summary')
  .option('--workers <n>', 'extract on n worker threads (the store stays on one); 1 = this thread', '1')
  .action(async (paths: string[], opts) => {
    const { ingestCommand } = await import('./commands/ingest.js');
    process.exitCode = await ingestCommand(paths, opts);
  });

program
  .command('extract')
  .description('print the facts of one file (no database)')
  .argument('<file>', 'a file, or - for standard input')
  .option('--json', 'print the Extraction JSON')
  .option('--format <name>', 'force a format (see ingest)')
  .option('--all', 'every document of a multi-document file, one JSON object per line')
  .action(async (file: string, opts) => {
    const { extractCommand } = await import('./commands/extract.js');
    process.exitCode = await extractCommand(file, opts);
  });

program
  .command('search')
  .description('full-text and faceted search: words are all required, "a phrase", prefix*, -exclude, a OR b')
  .argument('[query...]', 'the query (empty lists the newest articles)')
  .addOption(dbOption())
  .option('--json', 'print the result as JSON')
  .option('--limit <n>', 'hits to show', '10')
  .option('--offset <n>', 'hits to skip', '0')
  .option('--from <date>', 'published on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
  .option('--to <date>', 'published on or before (YYYY, YYYY-MM or YYYY-MM-DD)')
  .option('--entity <id>', 'only articles mentioning this entity id (repeatable)', collect)
  .option('--type <type>', 'only articles mentioning an entity of this type (repeatable)', collect)
  .option('--country <code>', 'only articles mentioning an entity of this country (ISO alpha-3, repeatable)', collect)
  .option('--source <name>', 'only articles citing this source (repeatable)', collect)
  .action(async (words: string[], opts) => {
    const { searchCommand } = await import('./commands/query.js');
    process.exitCode = await searchCommand(words, opts);
  });

program
  .command('entity')
  .description("an entity's dossier: aliases, roles over time, quotes, co-mentions, articles")
  .argument('<name...>', 'entity name, alias or id')
  .addOption(dbOption())
  .option('--json', 'print the dossier as JSON')
  .action(async (name: string[], opts) => {
    const { entityCommand } = await import('./commands/query.js');
    process.exitCode = await entityCommand(name, opts);
  });

program
  .command('stats')
  .description('what the knowledge base holds')
  .addOption(dbOption())
  .option('--json', 'print as JSON')
  .action(async (opts) => {
    const { statsCommand } = await import('./commands/query.js');
    process.exitCode = await statsCommand(opts);
  });

program
  .command('serve')
  .description('HTTP API and web UI (binds 127.0.0.1 unless --host is given)')
  .addOption(dbOption())
  .option('--port <n>', 'port', '4173')
  .option('--host <host>', 'interface to bind (default 127.0.0.1; 0.0.0.0 exposes it to the network)')
  .option('--write-token <token>', 'enable upload and ingest for requests carrying this bearer token (or $DOSSIER_WRITE_TOKEN)')
  .action(async (opts) => {
    const { serveCommand } = await import('./commands/serve.js');
    process.exitCode = await serveCommand(opts);
  });

program
  .command('eval')
  .description('score against the gold sets in ../shared/data: ner, quotes, quantities')
  .argument('<task>', 'ner | quotes | quantities')
  .option('--split <split>', 'train, dev or test', 'test')
  .option('--predictions <file>', 'write predictions (conlleval form for ner)')
  .option('--limit <n>', 'only the first n documents (quick check)')
  .action(async (task: string, opts) => {
    const { evalCommand } = await import('./commands/eval.js');
    process.exitCode = await evalCommand(task, opts);
  });

program
  .command('bench')
  .description('throughput (MB/s per core against a wink-nlp-only pass) and search/entity latency (p95 ms)')
  .option('--db <path>', 'reuse (or build once) this SQLite corpus database for the latency figures', '.tmp/bench-corpus.db')
  .option('--sample-mb <n>', 'MB of text for the throughput figures', '4')
  .option('--rounds <n>', 'throughput passes (wink-only, ours, foundation) taken in turn; figures are medians', '3')
  .option('--skip-corpus', 'only the throughput figures, no 25,000-article corpus')
  .option('--http', 'also API latency under load with wrk (search and entity pages)')
  .option('--connections <n>', 'wrk connections for --http', '32')
  .option('--pause-ms <n>', 'pause of each wrk connection between requests (0 = closed loop)', '100')
  .option('--seconds <n>', 'duration of each --http run', '15')
  .action(async (opts) => {
    const { benchCommand } = await import('./commands/bench.js');
    process.exitCode = await benchCommand(opts);
  });

program.parseAsync(process.argv).catch(failAndExit);

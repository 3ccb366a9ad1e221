// Read commands over the store: search, entity, stats.
import type { EntityType } from '../../model/extraction.js';
import { EntityType as EntityTypeSchema } from '../../model/extraction.js';
import { dbLocation, openStore } from '../db.js';
import { printJson, renderSnippet, UsageError } from '../output.js';
import type { RoleSpan } from '../../store/types.js';

export interface SearchOptions {
  db?: string;
  json?: boolean;
  limit?: string;
  offset?: string;
  from?: string;
  to?: string;
  entity?: string[];
  type?: string[];
  country?: string[];
  source?: string[];
}

export async function searchCommand(words: string[], opts: SearchOptions): Promise<number> {
  const store = await openStore(dbLocation(opts.db));
  try {
    const types = (opts.type ?? []).map((t) => {
      const parsed = EntityTypeSchema.safeParse(t.toUpperCase());
      if (!parsed.success) throw new UsageError(`unknown --type "${t}"; use one of ${EntityTypeSchema.options.join(', ')}`);
      return parsed.data as EntityType;
    });
    const res = await store.search({
      text: words.join(' '),
      limit: intOption(opts.limit, 'limit', 10),
      offset: intOption(opts.offset, 'offset', 0),
      ...(opts.from ? { from: opts.from } : {}),
      ...(opts.to ? { to: opts.to } : {}),
      ...(opts.entity?.length ? { entity: opts.entity } : {}),
      ...(types.length ? { type: types } : {}),
      ...(opts.country?.length ? { country: opts.country.map((c) => c.toUpperCase()) } : {}),
      ...(opts.source?.length ? { source: opts.source } : {}),
    });
    if (opts.json) {
      printJson(res);
      return 0;
    }
    const tty = process.stdout.isTTY === true;
    const lines = [`${res.total} article${res.total === 1 ? '' : 's'} (${res.tookMs.toFixed(1)} ms)`];
    for (const h of res.hits) {
      lines.push('', `${h.date ?? '----------'}  ${h.title ?? '(untitled)'}  [${h.id}]`, `    ${renderSnippet(h.snippet, tty).replace(/\s+/g, ' ')}`);
    }
    if (res.facets.entity.length) lines.push('', `top entities: ${res.facets.entity.slice(0, 8).map((f) => `${f.label} (${f.count})`).join(', ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function entityCommand(name: string[], opts: { db?: string; json?: boolean }): Promise<number> {
  const store = await openStore(dbLocation(opts.db));
  try {
    const d = await store.getEntity(name.join(' '));
    if (!d) {
      process.stderr.write(`dossier: no entity named "${name.join(' ')}"\n`);
      return 1;
    }
    if (opts.json) {
      printJson(d);
      return 0;
    }
    const lines = [`${d.name} — ${d.type}${d.country ? `, ${d.country}` : ''} — ${d.mentionCount} mentions in ${d.articleCount} articles`];
    if (d.aliases.length) lines.push(`aliases: ${d.aliases.join(', ')}`);
    if (d.roles.length) lines.push('roles:', ...d.roles.map(formatRoleSpan));
    if (d.quotes.length) lines.push(`quotes (latest ${Math.min(10, d.quotes.length)} of ${d.quoteCount}):`, ...d.quotes.slice(0, 10).map((q) => `  ${q.articleDate ?? ''} ${q.cue ?? ''}: ${q.text.slice(0, 120)}`));
    if (d.coMentions.length) lines.push(`co-mentioned: ${d.coMentions.slice(0, 10).map((c) => `${c.name} (${c.together})`).join(', ')}`);
    lines.push(`articles (latest ${Math.min(10, d.articles.length)} of ${d.articleCount}):`, ...d.articles.slice(0, 10).map((a) => `  ${a.date ?? '----------'}  ${a.title ?? a.id}`));
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** `2004-12-28 … 2005-01-04  Prime Minister of KAZ (3×)`: a role's first and last stated dates. */
function formatRoleSpan(r: RoleSpan): string {
  const first = r.date ?? '????-??-??';
  const span = r.lastDate && r.lastDate !== r.date ? `${first} … ${r.lastDate}` : first;
  return `  ${span}  ${r.title}${r.of ? ` of ${r.of}` : ''}${r.count > 1 ? ` (${r.count}×)` : ''}`;
}

export async function statsCommand(opts: { db?: string; json?: boolean }): Promise<number> {
  const store = await openStore(dbLocation(opts.db));
  try {
    const s = await store.stats();
    if (opts.json) printJson(s);
    else {
      process.stdout.write(
        `${s.articles} articles (${(s.bodyBytes / 1e6).toFixed(1)} MB of text, ${s.firstDate ?? '?'} to ${s.lastDate ?? '?'})\n` +
          `${s.entities} entities, ${s.mentions} mentions, ${s.quotes} quotes, ${s.citations} citations, ${s.quantities} quantities\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}

export function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
}

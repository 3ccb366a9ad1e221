// What every extraction stage reads. Stages are pure: no database, no network, no clock.
import type { Analysis } from '../analyze/index.js';
import type { Article, Citation, DateMention, Entity, Mention } from '../model/extraction.js';

export interface ExtractContext {
  /** The article with its publication date already settled (header, metadata or inferred). */
  article: Article;
  analysis: Analysis;
  /** The article's dates, when the date stage has run (the entity stage dates roles by them). */
  dates?: DateMention[];
  /** The article's citations, when the citation stage has run (a citation's date dates no role). */
  citations?: Citation[];
}

/** Output of the entity stage, input to the stages that link to people and organizations. */
export interface EntityLayer {
  entities: Entity[];
  mentions: Mention[];
}

export interface DatedContext extends ExtractContext {
  dates: DateMention[];
}

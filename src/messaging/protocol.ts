/**
 * Every message that crosses extension contexts, in one place.
 *
 * content script -> background: `save-article`, `page-status`
 * extension page -> background: `save-tab`, `tab-status`
 * background -> content script: `extract-now`
 *
 * Receivers never trust the shape: `parseMessage` (validate.ts) checks each field's
 * type and size before anything is done with it.
 */
import type { ExtractedArticle, ExtractionResult, Lang, SiteId } from '../extraction/types';

/** How a site's articles are saved (a setting per site). */
export type SaveMode = 'auto' | 'ask' | 'never';

export type SaveTrigger = 'auto' | 'manual';

export interface SaveArticleMessage {
  type: 'save-article';
  article: ExtractedArticle;
  trigger: SaveTrigger;
}

/** The content script tells the background what the current page is, so the badge and the popup can say it. */
export interface PageStatusMessage {
  type: 'page-status';
  url: string;
  isArticle: boolean;
  site: SiteId | null;
  lang: Lang | null;
  reason: string | null;
}

/** The popup asks the background to read the given tab now and save what it finds. */
export interface SaveTabMessage {
  type: 'save-tab';
  tabId: number;
}

/** The popup asks what the background knows of a tab. */
export interface TabStatusMessage {
  type: 'tab-status';
  tabId: number;
}

/** The background asks a tab's content script to extract the page now. */
export interface ExtractNowMessage {
  type: 'extract-now';
}

export type ToBackgroundMessage = SaveArticleMessage | PageStatusMessage | SaveTabMessage | TabStatusMessage;
export type ToContentMessage = ExtractNowMessage;
export type Message = ToBackgroundMessage | ToContentMessage;

export type ErrorCode =
  | 'invalid-message'
  | 'forbidden-sender'
  | 'quota-exceeded'
  | 'storage-unavailable'
  | 'not-an-article'
  | 'not-allowed'
  | 'no-content-script'
  | 'internal';

export interface ErrorResponse {
  ok: false;
  code: ErrorCode;
  error: string;
}

export interface SaveResponse {
  ok: true;
  id: number;
  /** true when this save created the record, false when it updated an existing one. */
  created: boolean;
  /** true when the stored text changed. */
  changed: boolean;
}

/** 'save-failed': the last save of the tab's article failed (the badge shows "!", the popup says why and offers Save again). */
export type TabState = 'saved' | 'not-saved' | 'not-article' | 'unsupported' | 'unknown' | 'save-failed';

export interface TabStatusResponse {
  ok: true;
  state: TabState;
  url: string | null;
  articleId: number | null;
  reason: string | null;
  /** With 'save-failed': why the save failed, as the background answered it. */
  failure?: { code: ErrorCode; error: string } | null;
}

export interface AckResponse {
  ok: true;
}

/** The in-page "save this article?" prompt's words, in the interface language (the content script carries no i18n of its own). */
export interface PromptStrings {
  lang: string;
  dir: 'ltr' | 'rtl';
  question: string;
  save: string;
  dismiss: string;
  saved: string;
  failed: string;
}

/** The answer to a page report: what the content script should do with the article. */
export interface PageStatusResponse {
  ok: true;
  saveMode: SaveMode;
  /** The article is already in the library. */
  saved: boolean;
  prompt: PromptStrings | null;
}

export interface ResponseMap {
  'save-article': SaveResponse | ErrorResponse;
  'page-status': PageStatusResponse | ErrorResponse;
  'save-tab': SaveResponse | ErrorResponse;
  'tab-status': TabStatusResponse | ErrorResponse;
  'extract-now': ExtractionResult;
}

export type ResponseFor<M extends Message> = ResponseMap[M['type']];

/** Limits on what a message may carry; anything larger is rejected, never truncated silently. */
export const LIMITS = {
  url: 4096,
  shortText: 2000,
  title: 2000,
  paragraph: 100_000,
  paragraphs: 5000,
  tags: 200,
  credits: 200,
  warnings: 200,
  totalText: 5_000_000,
} as const;

import { redactText, type RedactionKind, type RedactionResult } from './redact-text.ts';
import type { SensitiveValueCache } from './sensitive-value-cache.ts';
import type { SensitiveValueIndex } from './sensitive-value-index.ts';
import { TakumiError } from '../core/takumi-error.ts';
import type { Logger } from '../core/logger.ts';

export const privacyGuardErrorCodes = [
  'PRIVACY_BODY_NOT_JSON',
  'PRIVACY_REQUEST_OBJECT',
  'PRIVACY_BODY_NOT_INSPECTABLE',
  'PRIVACY_BODY_TOO_LARGE',
] as const;

/** Raised when a request to the model cannot be inspected, so it is not sent at all. */
export class PrivacyGuardError extends TakumiError<(typeof privacyGuardErrorCodes)[number]> {}

/** The `fetch` the OpenAI client calls (`configuration.fetch` of ChatOpenAI). */
export type ModelFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Options of {@link PrivacyGuard}. */
export interface PrivacyGuardOptions {
  /** Known personal values from the database; null when there is no database (tests of text rules). */
  sensitiveValues: SensitiveValueCache | null;
  logger: Logger;
  /** Where inspected requests go; the global fetch by default. */
  fetch?: ModelFetch;
  /** Request bodies longer than this (characters) are refused, not sent; see {@link defaultPrivacyGuardOptions}. */
  maxBodyCharacters?: number;
}

export const defaultPrivacyGuardOptions = {
  /**
   * 2 million characters: far above any request Takumi makes (a 40,000-character question, 20 turns
   * of history and tool results are a few hundred kB) and redacted in about a second.
   */
  maxBodyCharacters: 2_000_000,
  /** Redacted parts kept for the next agent step (characters of the originals, all parts together). */
  cacheCharacters: 8_000_000,
} as const;

/**
 * Structural fields of the OpenAI request formats that carry no user text. Everything else (every
 * message, the system prompt, tool results, tool-call arguments, tool descriptions, whatever a future
 * library version adds) is redacted.
 */
const structuralKeys = new Set(['model', 'role', 'type', 'id', 'tool_call_id', 'call_id', 'tool_choice']);

/**
 * The single place where Takumi's outgoing model traffic is made private. Its {@link fetch} is given
 * to the OpenAI client as `configuration.fetch`, so it sees the exact JSON body of every request
 * (chat completions, responses, retries, calls made by any langchain middleware) after langchain has
 * assembled system prompt, history, tool results and tool schemas, and before a byte leaves the
 * machine. It redacts every string in the body with {@link redactText} against the database's known
 * personal values, and refuses (fails closed) bodies it cannot read as JSON.
 */
export class PrivacyGuard {
  readonly #options: PrivacyGuardOptions;
  /**
   * Each agent step resends the whole conversation: every part (message, tool result, argument) is
   * redacted once and reused while the known values are the same index, so a step costs only its new parts.
   */
  readonly #cache = new Map<string, RedactionResult>();
  #cacheCharacters = 0;
  #cacheIndex: SensitiveValueIndex | undefined | null = null;

  constructor(options: PrivacyGuardOptions) {
    this.#options = options;
  }

  /** Redacts one text (used for offline answers, which never reach a model but follow the same rules). */
  async redactText(text: string): Promise<string> {
    const index = await this.#index();
    return this.#redactPart(text, index, false).text;
  }

  #redactPart(text: string, index: SensitiveValueIndex | undefined, userText: boolean): RedactionResult {
    if (this.#cacheIndex !== index) {
      this.#cache.clear();
      this.#cacheCharacters = 0;
      this.#cacheIndex = index;
    }
    const key = `${userText ? 'u' : 'o'}${text}`;
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const result = redactText(text, index, { userText });
    if (this.#cacheCharacters + text.length > defaultPrivacyGuardOptions.cacheCharacters) {
      this.#cache.clear();
      this.#cacheCharacters = 0;
    }
    this.#cache.set(key, result);
    this.#cacheCharacters += text.length;
    return result;
  }

  /** Redacts every non-structural string of a JSON request body; tool-call argument strings are parsed first. */
  async redactRequestBody(body: string): Promise<string> {
    const limit = this.#options.maxBodyCharacters ?? defaultPrivacyGuardOptions.maxBodyCharacters;
    if (body.length > limit) {
      throw new PrivacyGuardError(
        'PRIVACY_BODY_TOO_LARGE',
        `A model request of ${body.length.toLocaleString('en-US')} characters is larger than the privacy guard inspects (${limit.toLocaleString('en-US')}); it was not sent. Ask a shorter question, or start a new thread so less history is sent.`,
        { characters: body.length, limit },
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new PrivacyGuardError(
        'PRIVACY_BODY_NOT_JSON',
        'A model request body was not JSON, so the privacy guard could not inspect it; it was not sent.',
      );
    }
    const index = await this.#index();
    const counts: Partial<Record<RedactionKind, number>> = {};
    const redacted = walk(parsed, undefined, (text, userText) => {
      const result = this.#redactPart(text, index, userText);
      for (const [kind, count] of Object.entries(result.counts) as [RedactionKind, number][])
        counts[kind] = (counts[kind] ?? 0) + count;
      return result.text;
    });
    if (Object.keys(counts).length > 0) this.#options.logger.info('Privacy guard redacted a model request', { counts });
    return JSON.stringify(redacted);
  }

  /** The guarded fetch: inspects and redacts the body, then forwards. Give it to the OpenAI client. */
  readonly fetch: ModelFetch = async (input, init) => {
    if (typeof Request !== 'undefined' && input instanceof Request) {
      throw new PrivacyGuardError(
        'PRIVACY_REQUEST_OBJECT',
        'A model request came as a Request object whose body the privacy guard cannot inspect; it was not sent.',
      );
    }
    const forward = this.#options.fetch ?? globalThis.fetch;
    const body = init?.body;
    if (body === undefined || body === null) return forward(input, init);
    if (typeof body !== 'string') {
      throw new PrivacyGuardError(
        'PRIVACY_BODY_NOT_INSPECTABLE',
        'A model request carried a binary or streamed body (e.g. a file upload); Takumi never uploads files, so it was not sent.',
      );
    }
    const headers = new Headers(init?.headers);
    headers.delete('content-length');
    return forward(input, { ...init, headers, body: await this.redactRequestBody(body) });
  };

  async #index(): Promise<SensitiveValueIndex | undefined> {
    return (await this.#options.sensitiveValues?.index()) ?? undefined;
  }
}

/** Redacts one string; `userText` is true inside a message the asker wrote (role "user"). */
type Redact = (text: string, userText: boolean) => string;

/**
 * Redacts every string of a request body. `structural` is true in the request envelope, where the
 * structural keys hold ids and enum values; inside tool-call arguments (JSON chosen by the model or
 * the planner) it is false, so every value and key is redacted whatever its name. `user` is true
 * inside a message with role "user" (the asker's own text, where short customer ids are redacted too).
 */
function walk(value: unknown, key: string | undefined, redact: Redact, structural = true, user = false): unknown {
  if (typeof value === 'string') {
    if (structural && key !== undefined && structuralKeys.has(key)) return value;
    if (structural && key === 'arguments') return redactEncodedJson(value, redact);
    return redact(value, user);
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, undefined, redact, structural, user));
  if (value !== null && typeof value === 'object') {
    const inUser = user || (structural && (value as { role?: unknown }).role === 'user');
    // Keys are redacted too: in tool-call arguments the model chooses them.
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [
        structural && structuralKeys.has(name) ? name : redact(name, inUser),
        walk(item, name, redact, structural, inUser),
      ]),
    );
  }
  return value;
}

/** Tool-call arguments are JSON inside a string: redact the decoded values so escapes cannot hide a path. */
function redactEncodedJson(text: string, redact: Redact): string {
  try {
    return JSON.stringify(walk(JSON.parse(text), undefined, redact, false));
  } catch {
    return redact(text, false);
  }
}

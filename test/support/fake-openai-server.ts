import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tool call the scripted model makes; `arguments` is sent JSON-encoded unless it is a string. */
export interface ScriptedToolCall {
  name: string;
  arguments: unknown;
}

/** One scripted assistant reply: text, tool calls, or both. */
export interface ScriptedReply {
  content?: string;
  toolCalls?: ScriptedToolCall[];
}

/** A request the fake server received, exactly as sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The raw body text: what left the client, for privacy assertions. */
  body: string;
  /** The body parsed as JSON, or null. */
  json: {
    messages?: { role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string }[];
    stream?: boolean;
    [key: string]: unknown;
  } | null;
}

/**
 * A scripted reply, or a function computing it from the request; a function may return a promise,
 * e.g. one that never settles, to stand for a model still thinking.
 */
export type Reply = ScriptedReply | ((request: RecordedRequest) => ScriptedReply | Promise<ScriptedReply>);

/** A local OpenAI-compatible Chat Completions server answering from a script. */
export interface FakeOpenAiServer {
  /** e.g. `http://127.0.0.1:54321/v1`, for OPENAI_BASE_URL. */
  baseUrl: string;
  requests: RecordedRequest[];
  /**
   * Adds replies to the queue; each request to /v1/chat/completions takes the next one. A function
   * reply is computed from the request, like a model writing its answer from the tool results it got.
   */
  enqueue(...replies: Reply[]): void;
  /** Replies not yet used. */
  pending(): number;
  close(): Promise<void>;
}

/**
 * Starts the fake server on 127.0.0.1 with a random port. Every completion and tool call gets a
 * unique id (langchain's agent state replaces messages that share one). Only non-streaming
 * requests are served (`stream: true` gets a 400). With an empty queue it answers 500 with
 * `x-should-retry: false`, so a missing reply fails fast.
 */
export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  let counter = 0;
  const server = createServer((request, response) => {
    void handle(request, response);
  });
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    let json: RecordedRequest['json'] = null;
    try {
      json = JSON.parse(body) as RecordedRequest['json'];
    } catch {
      json = null;
    }
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body,
      json,
    };
    requests.push(recorded);
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      return send(response, 404, {
        error: {
          message: `The fake server only serves POST /v1/chat/completions, not ${request.method} ${request.url}`,
        },
      });
    }
    const next = queue.shift();
    const reply = typeof next === 'function' ? await next(recorded) : next;
    if (!reply) return send(response, 500, { error: { message: 'The fake server has no scripted reply left.' } });
    counter += 1;
    const id = `chatcmpl-fake-${counter}`;
    const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({
      id: `call_fake_${counter}_${index}`,
      type: 'function' as const,
      function: {
        name: call.name,
        arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
      },
    }));
    const model = typeof json?.model === 'string' ? json.model : 'fake-model';
    const message = {
      role: 'assistant',
      content: reply.content ?? (toolCalls.length > 0 ? null : ''),
      ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
    };
    const finishReason = toolCalls.length > 0 ? 'tool_calls' : 'stop';
    const created = Math.floor(Date.now() / 1000);
    // langchain's agent.invoke sends stream: false (asserted in the agent tests); fail loudly if that changes.
    if (json?.stream)
      return send(response, 400, {
        error: { message: 'The fake server does not stream; the client asked for stream: true.' },
      });
    send(response, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function send(response: ServerResponse, status: number, payload: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    ...(status >= 500 ? { 'x-should-retry': 'false' } : {}),
  });
  response.end(JSON.stringify(payload));
}

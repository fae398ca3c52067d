import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call the fake received, with its form fields decoded (JSON fields such as `blocks` parsed). */
export interface RecordedSlackCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call was made with. */
  token: string | undefined;
  /** What the fake answered (e.g. the `ts` of a posted message). */
  result: Record<string, unknown>;
}

/** Bytes sent to an `upload_url`. */
export interface RecordedUpload {
  fileId: string;
  filename: string;
  /** The `length` announced in files.getUploadURLExternal. */
  announcedLength: number;
  bytes: Buffer | null;
}

/** Options of {@link startFakeSlackApi}. */
export interface FakeSlackApiOptions {
  /** The only bot token auth.test accepts; others get `invalid_auth`. */
  botToken: string;
  /** chat.postMessage to these channels fails with `not_in_channel`. */
  channelsWithoutBot?: string[];
}

/** A local stand-in for Slack's Web API (`clientOptions.slackApiUrl`), recording every call. */
export interface FakeSlackApi {
  /** e.g. `http://127.0.0.1:54321/api/`, for SLACK_API_URL. */
  apiUrl: string;
  /** Base of the `response_url`s to put in slash command payloads. */
  responseUrlBase: string;
  calls: RecordedSlackCall[];
  uploads: Map<string, RecordedUpload>;
  /** JSON bodies POSTed to response URLs (Bolt's `respond()`), by URL path. */
  responses: { path: string; body: unknown }[];
  /** The calls of one method, in order. */
  callsOf(method: string): RecordedSlackCall[];
  close(): Promise<void>;
}

/** The bot identity auth.test reports. */
export const fakeBot = { userId: 'UTAKUMIBOT', botId: 'BTAKUMI01', teamId: 'TFAKE0001' } as const;

/**
 * Starts the fake on 127.0.0.1 with a random port. It implements what Takumi and Bolt call:
 * auth.test, chat.postMessage, chat.update, chat.delete, chat.postEphemeral, files.getUploadURLExternal (returning an
 * upload URL on this same server), the upload itself (multipart, as @slack/web-api sends it, or raw
 * bytes), files.completeUploadExternal, and response URLs. Message `ts` values are unique and
 * increasing. Unknown methods answer `unknown_method`, so an unexpected call shows up in a test.
 */
export async function startFakeSlackApi(options: FakeSlackApiOptions): Promise<FakeSlackApi> {
  const calls: RecordedSlackCall[] = [];
  const uploads = new Map<string, RecordedUpload>();
  const responses: { path: string; body: unknown }[] = [];
  let counter = 0;
  let baseUrl = '';
  const nextTs = (): string => {
    counter += 1;
    return `1700000${String(counter).padStart(3, '0')}.${String(counter).padStart(6, '0')}`;
  };

  const methods: Record<string, (args: Record<string, unknown>, token: string | undefined) => Record<string, unknown>> =
    {
      'auth.test': (_args, token) =>
        token === options.botToken
          ? {
              ok: true,
              url: 'https://fake.slack.test/',
              team: 'Fake',
              user: 'takumi',
              team_id: fakeBot.teamId,
              user_id: fakeBot.userId,
              bot_id: fakeBot.botId,
            }
          : { ok: false, error: 'invalid_auth' },
      'chat.postMessage': (args) => {
        const channel = String(args['channel'] ?? '');
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (options.channelsWithoutBot?.includes(channel)) return { ok: false, error: 'not_in_channel' };
        if (!args['text'] && !args['blocks']) return { ok: false, error: 'no_text' };
        const ts = nextTs();
        return {
          ok: true,
          channel,
          ts,
          message: {
            type: 'message',
            user: fakeBot.userId,
            bot_id: fakeBot.botId,
            text: args['text'],
            ts,
            ...(args['thread_ts'] ? { thread_ts: args['thread_ts'] } : {}),
          },
        };
      },
      'chat.update': (args) =>
        args['channel'] && args['ts']
          ? { ok: true, channel: args['channel'], ts: args['ts'], text: args['text'] }
          : { ok: false, error: 'message_not_found' },
      'chat.delete': (args) => ({ ok: true, channel: args['channel'], ts: args['ts'] }),
      'chat.postEphemeral': (args) =>
        args['channel'] && args['user'] && (args['text'] || args['blocks'])
          ? { ok: true, message_ts: nextTs() }
          : { ok: false, error: 'invalid_arguments' },
      'files.getUploadURLExternal': (args) => {
        const length = Number(args['length']);
        if (!args['filename'] || !Number.isInteger(length) || length <= 0)
          return { ok: false, error: 'invalid_arguments' };
        const fileId = `F${String(uploads.size + 1).padStart(8, '0')}`;
        uploads.set(fileId, { fileId, filename: String(args['filename']), announcedLength: length, bytes: null });
        return { ok: true, upload_url: `${baseUrl}/upload/${fileId}`, file_id: fileId };
      },
      'files.completeUploadExternal': (args) => {
        const files = Array.isArray(args['files']) ? (args['files'] as { id: string; title?: string }[]) : [];
        if (files.length === 0 || files.some((file) => !uploads.get(file.id)?.bytes))
          return { ok: false, error: 'file_not_found' };
        return {
          ok: true,
          files: files.map((file) => ({ id: file.id, title: file.title, name: uploads.get(file.id)!.filename })),
        };
      },
    };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', baseUrl);
    const contentType = String(request.headers['content-type'] ?? '');
    if (url.pathname.startsWith('/upload/')) {
      const upload = uploads.get(url.pathname.slice('/upload/'.length));
      if (!upload) return send(response, 404, 'text/plain', 'no such upload');
      upload.bytes = contentType.startsWith('multipart/form-data') ? await firstFilePart(raw, contentType) : raw;
      return send(response, 200, 'text/plain', `OK - ${upload.bytes.length}`);
    }
    if (url.pathname.startsWith('/response/')) {
      responses.push({ path: url.pathname, body: JSON.parse(raw.toString('utf8') || 'null') as unknown });
      return send(response, 200, 'text/plain', 'ok');
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = decodeArguments(raw.toString('utf8'), contentType);
    const authorization = String(request.headers.authorization ?? '');
    const token = authorization.startsWith('Bearer ')
      ? authorization.slice('Bearer '.length)
      : typeof args['token'] === 'string'
        ? args['token']
        : undefined;
    const implementation = methods[method];
    // Every method but auth.test needs the bot token, as in Slack.
    const result = !implementation
      ? { ok: false, error: 'unknown_method' }
      : method !== 'auth.test' && token !== options.botToken
        ? { ok: false, error: 'invalid_auth' }
        : implementation(args, token);
    calls.push({ method, args, token, result });
    send(response, 200, 'application/json', JSON.stringify(result));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${baseUrl}/api/`,
    responseUrlBase: `${baseUrl}/response/`,
    calls,
    uploads,
    responses,
    callsOf: (method) => calls.filter((call) => call.method === method),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Form fields (or a JSON body), with the fields the Web API client JSON-encodes decoded again. */
function decodeArguments(body: string, contentType: string): Record<string, unknown> {
  const fields: Record<string, unknown> = contentType.startsWith('application/json')
    ? (JSON.parse(body || '{}') as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(body));
  for (const key of ['blocks', 'attachments', 'files']) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = JSON.parse(value) as unknown;
  }
  return fields;
}

/** The bytes of the first file in a multipart body, parsed by the platform's own FormData parser. */
async function firstFilePart(raw: Buffer, contentType: string): Promise<Buffer> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  for (const value of form.values()) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  throw new Error('The multipart upload held no file part');
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType });
  response.end(body);
}

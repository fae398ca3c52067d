import { describe, expect, it } from 'vitest';
import { PrivacyGuard, type ModelFetch } from '../../src/agent/privacy-guard.ts';
import { createRecordingLogger } from './agent-test-database.ts';

function guardWithSink(): { guard: PrivacyGuard; sent: { url: string; body: string; headers: Headers }[] } {
  const sent: { url: string; body: string; headers: Headers }[] = [];
  const sink: ModelFetch = async (input, init) => {
    sent.push({ url: String(input), body: String(init?.body ?? ''), headers: new Headers(init?.headers) });
    return new Response('{}', { status: 200 });
  };
  return { guard: new PrivacyGuard({ sensitiveValues: null, logger: createRecordingLogger(), fetch: sink }), sent };
}

describe('PrivacyGuard.fetch', () => {
  it('redacts message text and decoded tool-call arguments, keeps structure and ids', async () => {
    const { guard, sent } = guardWithSink();
    const body = {
      model: 'gpt-4o-mini',
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Who is taro@example.com?' }] },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: {
                name: 'lookup',
                arguments: JSON.stringify({ file: 'C:\\Users\\taro\\a.png', 'hanako@example.com': 1 }),
              },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'Tel 090-1234-5678' },
      ],
    };
    await guard.fetch('http://127.0.0.1/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-length': '999', 'content-type': 'application/json' },
    });
    const forwarded = JSON.parse(sent[0]!.body) as typeof body;
    expect(forwarded.model).toBe('gpt-4o-mini');
    expect(forwarded.messages[0]!.content).toEqual([{ type: 'text', text: 'Who is [redacted:email]?' }]);
    expect(JSON.parse(forwarded.messages[1]!.tool_calls![0]!.function.arguments)).toEqual({
      file: '[redacted:path]',
      '[redacted:email]': 1,
    });
    expect(forwarded.messages[2]).toEqual({ role: 'tool', tool_call_id: 'call_1', content: 'Tel [redacted:phone]' });
    expect(sent[0]!.headers.get('content-length')).toBeNull();
    expect(sent[0]!.headers.get('content-type')).toBe('application/json');
  });

  it('fails closed on bodies it cannot inspect, and sends nothing', async () => {
    const { guard, sent } = guardWithSink();
    await expect(
      guard.fetch('http://x/v1/files', { method: 'POST', body: new Uint8Array([1, 2, 3]) }),
    ).rejects.toMatchObject({ code: 'PRIVACY_BODY_NOT_INSPECTABLE' });
    await expect(
      guard.fetch('http://x/v1/chat/completions', { method: 'POST', body: 'name=taro' }),
    ).rejects.toMatchObject({ code: 'PRIVACY_BODY_NOT_JSON' });
    await expect(
      guard.fetch(new Request('http://x/v1/chat/completions', { method: 'POST', body: '{}' })),
    ).rejects.toMatchObject({ code: 'PRIVACY_REQUEST_OBJECT' });
    expect(sent).toEqual([]);
    await guard.fetch('http://x/v1/models', { method: 'GET' });
    expect(sent).toHaveLength(1);
  });
});

describe('PrivacyGuard inside tool-call arguments', () => {
  it('redacts values under any key the model chose, including "id" and "type"', async () => {
    const { PrivacyGuard } = await import('../../src/agent/privacy-guard.ts');
    const guard = new PrivacyGuard({
      sensitiveValues: null,
      logger: { info: () => {}, warn: () => {}, error: () => {} },
    });
    const body = JSON.stringify({
      model: 'm',
      messages: [
        {
          role: 'assistant',
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: {
                name: 't',
                arguments: JSON.stringify({ id: 'taro@example.com', type: '090-1234-5678', query: 'customer 10234' }),
              },
            },
          ],
        },
      ],
    });
    const redacted = await guard.redactRequestBody(body);
    expect(redacted).not.toContain('taro@example.com');
    expect(redacted).not.toContain('1234-5678');
    expect(redacted).not.toContain('10234');
    expect(redacted).toContain('"id":"call_1"');
  });
});

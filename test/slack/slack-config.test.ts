import { readFileSync } from 'node:fs';
import { SocketModeReceiver } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { createSlackApp } from '../../src/slack/create-slack-app.ts';
import { resolveSlackMode } from '../../src/slack/resolve-slack-mode.ts';
import { checkSlackStart } from '../../src/slack/check-slack-start.ts';

const botToken = 'xoxb-1234-5678-abcdefABCDEF';
const signingSecret = '8f14e45fceea167a5a36dedd4bea2543';
const appToken = 'xapp-1-A0123-456-abcdef0123';

/** The ConfigError loadConfig throws for `environment`. */
function configError(environment: NodeJS.ProcessEnv): {
  code: string;
  message: string;
  details: Record<string, unknown>;
} {
  try {
    loadConfig(environment);
  } catch (error) {
    return error as { code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig: Slack settings', () => {
  it('leaves Slack off by default and reads every variable when set', () => {
    expect(loadConfig({}).slack).toEqual({
      botToken: undefined,
      signingSecret: undefined,
      appToken: undefined,
      port: 3000,
      apiUrl: undefined,
      allowedChannels: null,
      allowedUsers: null,
    });
    expect(loadConfig({}).defaultDataset).toBeNull();
    const config = loadConfig({
      SLACK_BOT_TOKEN: ` ${botToken} `,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_APP_TOKEN: '',
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
      TAKUMI_ALLOWED_CHANNELS: 'C0123ABCD, G0456EFGH,,',
      TAKUMI_ALLOWED_USERS: 'U0123ABCD',
      TAKUMI_DEFAULT_DATASET: ' spring-2026 ',
    });
    expect(config.slack).toEqual({
      botToken,
      signingSecret,
      appToken: undefined,
      port: 8080,
      apiUrl: 'http://127.0.0.1:9999/api/',
      allowedChannels: ['C0123ABCD', 'G0456EFGH'],
      allowedUsers: ['U0123ABCD'],
    });
    expect(config.defaultDataset).toBe('spring-2026');
  });

  it('names the variable and where to find the right value for a malformed token, never echoing it', () => {
    const wrongBot = configError({ SLACK_BOT_TOKEN: 'xoxp-user-token-secret' });
    expect(wrongBot).toMatchObject({ code: 'CONFIG_INVALID', details: { variable: 'SLACK_BOT_TOKEN' } });
    expect(wrongBot.message).toMatch(
      /SLACK_BOT_TOKEN .*must start with xoxb-: copy the Bot User OAuth Token from your Slack app's OAuth & Permissions page/,
    );
    expect(wrongBot.message).not.toContain('user-token-secret');

    const wrongApp = configError({ SLACK_APP_TOKEN: botToken });
    expect(wrongApp.message).toMatch(
      /SLACK_APP_TOKEN .*must start with xapp-: create an App-Level Token with the connections:write scope/,
    );
    expect(wrongApp.message).not.toContain(botToken);

    const wrongSecret = configError({ SLACK_SIGNING_SECRET: botToken });
    expect(wrongSecret.message).toMatch(/SLACK_SIGNING_SECRET .*Basic Information → App Credentials/);

    expect(configError({ TAKUMI_ALLOWED_CHANNELS: '#marketing' }).message).toMatch(
      /TAKUMI_ALLOWED_CHANNELS .*channel IDs such as C0123ABCD/,
    );
    expect(configError({ TAKUMI_ALLOWED_USERS: 'alice@example.com' }).message).toMatch(
      /TAKUMI_ALLOWED_USERS .*member IDs/,
    );
    expect(configError({ PORT: 'eighty' }).details).toEqual({ variable: 'PORT' });
    expect(configError({ SLACK_API_URL: 'slack.com/api' }).details).toEqual({ variable: 'SLACK_API_URL' });
  });
});

describe('resolveSlackMode', () => {
  it('picks Socket Mode with an app token, HTTP with a signing secret, nothing without Slack variables', () => {
    expect(resolveSlackMode({ botToken: undefined, signingSecret: undefined, appToken: undefined })).toBeNull();
    expect(resolveSlackMode({ botToken, signingSecret, appToken })).toBe('socket');
    expect(resolveSlackMode({ botToken, signingSecret, appToken: undefined })).toBe('http');
  });

  it('names the missing variable when Slack is half configured', () => {
    expect(() => resolveSlackMode({ botToken, signingSecret: undefined, appToken: undefined })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_SLACK_INCOMPLETE',
        details: { variable: 'SLACK_SIGNING_SECRET' },
        message: expect.stringMatching(
          /^SLACK_SIGNING_SECRET is missing: copy the Signing Secret from .*Basic Information → App Credentials/,
        ),
      }),
    );
    expect(() => resolveSlackMode({ botToken: undefined, signingSecret, appToken: undefined })).toThrow(
      expect.objectContaining({
        details: { variable: 'SLACK_BOT_TOKEN' },
        message: expect.stringMatching(
          /^SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token \(xoxb-…\) from .*OAuth & Permissions/,
        ),
      }),
    );
  });
});

describe('the start-up check and createSlackApp', () => {
  it('passes without Slack settings, so `npm start` opens the local chat (nothing is opened or called)', async () => {
    await expect(checkSlackStart(loadConfig({ TAKUMI_HOME: '/nonexistent/takumi-home' }).slack)).resolves.toBe(
      undefined,
    );
  });

  it('throws the missing-variable error from the start-up check too', async () => {
    await expect(checkSlackStart(loadConfig({ SLACK_BOT_TOKEN: botToken }).slack)).rejects.toMatchObject({
      code: 'CONFIG_SLACK_INCOMPLETE',
    });
  });

  it('builds a Socket Mode receiver when SLACK_APP_TOKEN is set (no request URL, no signing secret needed)', () => {
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    const slackApp = createSlackApp({
      config: loadConfig({ SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken }),
      prisma: {} as PrismaClient,
      tools: [],
      logger,
      chartFonts: null,
    });
    expect(slackApp.mode).toBe('socket');
    expect((slackApp.app as unknown as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver);
  });
});

describe('slack/manifest.yml', () => {
  it('asks for exactly the scopes, events and command Takumi uses', () => {
    const manifest = readFileSync(new URL('../../slack/manifest.yml', import.meta.url), 'utf8');
    const listUnder = (key: string): string[] => {
      const block = new RegExp(`\\n(\\s*)${key}:\\n((?:\\1  (?:- .*|#.*)\\n)+)`).exec(manifest);
      return (block?.[2] ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('- '))
        .map((line) => line.slice(2));
    };
    expect(listUnder('bot').sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'files:write',
      'im:history',
    ]);
    expect(listUnder('bot_events')).toEqual(['app_mention', 'message.im']);
    expect(manifest).toMatch(/\n {4}- command: \/takumi\n/);
    expect(manifest).toMatch(/\n {2}socket_mode_enabled: true\n/);
    expect(manifest).toMatch(/\n {4}messages_tab_enabled: true\n/);
  });
});

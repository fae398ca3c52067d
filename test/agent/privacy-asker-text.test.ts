import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { SensitiveValueCache } from '../../src/agent/sensitive-value-cache.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createAgentTestDatabase, createRecordingLogger, type AgentTestDatabase } from './agent-test-database.ts';
import { listDatasetsTool } from '../../src/tools/list-datasets/list-datasets-tool.ts';

/**
 * Issue 11 item 1, from the attacker's side: the asker's own question names a customer in the forms
 * people type — family name alone with 様, full-width digits with 'ー' as dashes, (090)…, 090.…, a
 * non-ASCII e-mail, 〒 with 'ー', a 条/丁目 address, a bare 5-digit id, half-width kana, English names in
 * any case — and the customer file calls its columns 顧客名, 連絡先, contact, username, birth_date,
 * mynumber, or nothing telling at all. Nothing of it may reach the model.
 */
const customer = {
  externalId: '92268',
  attributes: {
    顧客名: '佐々木花子',
    フリガナ: 'ササキ ハナコ',
    会員名: 'Hanako Sasaki',
    宛名: '佐々木 花子 様',
    ニックネーム: 'はなっぺ',
    連絡先: '090-2261-1007',
    contact: 'hanako@例え.jp',
    username: 'hsasaki_77',
    birth_date: '1985-04-12',
    mynumber: '123456789012',
    // Columns whose names say nothing: judged by their values.
    col7: '〒226-1351',
    place: '札幌市中央区北2条西2丁目6番地',
    plan: 'gold',
  },
};
const others = Array.from({ length: 40 }, (_, index) => ({
  externalId: String(10_001 + index),
  attributes: {
    顧客名: `田村${'一二三四五六七八九十'[index % 10]}郎${index}`,
    会員名: `Person${index} Example`,
    連絡先: `03-5${String(index).padStart(3, '0')}-${String(1000 + index)}`,
    col7: `〒1${String(index).padStart(2, '0')}-00${String(index).padStart(2, '0')}`,
    place: `横浜市西区みなとみらい${(index % 5) + 1}丁目${index + 1}番`,
    plan: index % 2 ? 'gold' : 'silver',
  },
}));

/** What the asker typed, one customer in many forms. */
const question = [
  '佐々木様の購入履歴は？',
  '佐々木 花子さんと ｻｻｷ ﾊﾅｺ さん（ささき）、はなっぺ、SASAKI と hanako sasaki、hsasaki_77 について。',
  '電話は ０９０ー２２６１ー１００７、(090)2261-1007、090.2261.1007、09022611007。',
  'メールは hanako@例え.jp、住所は 〒226ー1351 札幌市中央区北2条西2丁目6番地。',
  '顧客番号なしで 92268 とも書きます。生年月日は1985年4月12日、マイナンバー123456789012。',
  '2025年の上位100人と比べて、10001人規模のgoldプランでは？',
].join('\n');
const leaks = [
  '佐々木',
  'ササキ',
  'ｻｻｷ',
  'ささき',
  'ハナコ',
  'ﾊﾅｺ',
  '花子',
  'はなっぺ',
  'sasaki',
  'SASAKI',
  'Sasaki',
  'hanako',
  'hsasaki',
  '２２６１',
  '2261',
  '1007',
  '例え',
  '226ー1351',
  '1351',
  '北2条',
  '2丁目6番地',
  '92268',
  '1985年4月12日',
  '123456789012',
];

let server: FakeOpenAiServer;
let testDatabase: AgentTestDatabase;

beforeAll(async () => {
  server = await startFakeOpenAiServer();
  testDatabase = await createAgentTestDatabase();
  await testDatabase.seedDataset('members', [customer, ...others]);
});
afterAll(async () => {
  await server?.close();
  await testDatabase?.close();
});

describe("the asker's own text", () => {
  it('never carries a customer named in any typed form to the model, in this turn or the next', async () => {
    const common = {
      tools: [listDatasetsTool],
      prisma: testDatabase.database.prisma,
      config: testDatabase.config({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseUrl }),
      logger: createRecordingLogger(),
      maxRetries: 0,
      sensitiveValues: new SensitiveValueCache(testDatabase.database.prisma),
    };
    server.enqueue({ content: 'その方個人についてはお答えできません。' }, { content: 'グループ単位でお答えします。' });
    const first = await answerQuestion({ ...common, question });
    await answerQuestion({ ...common, question: 'さっきの人のことをもう一度。', history: first.history });

    expect(server.requests).toHaveLength(2);
    // The test can fail: the question really held every canary, and the second request resends it.
    const typed = leaks.filter((leak) => question.toLowerCase().includes(leak.toLowerCase()));
    expect(typed.length).toBeGreaterThanOrEqual(20);
    for (const request of server.requests) {
      const users = (request.json?.messages ?? [])
        .filter((message) => message.role === 'user')
        .map((message) => JSON.stringify(message.content));
      const sent = users.join('\n');
      for (const leak of leaks) expect(sent, `the model received ${leak}`).not.toContain(leak);
      for (const leak of leaks) expect(request.body).not.toContain(leak);
      // What the question says about groups still reaches the model.
      expect(sent).toContain('2025年');
      expect(sent).toContain('上位100人');
      expect(sent).toContain('goldプラン');
      expect(sent).toContain('購入履歴');
    }
  });
});

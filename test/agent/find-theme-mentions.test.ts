import { describe, expect, it } from 'vitest';
import { findThemeMentions } from '../../src/agent/find-theme-mentions.ts';

describe('findThemeMentions', () => {
  it('reads theme numbers in Japanese and English, full-width digits too', () => {
    expect(findThemeMentions('テーマ0の特徴は？')).toEqual([{ id: 0 }]);
    expect(findThemeMentions('テーマ３を説明して')).toEqual([{ id: 3 }]);
    expect(findThemeMentions('describe theme 12')).toEqual([{ id: 12 }]);
    expect(findThemeMentions('what is T3?')).toEqual([{ id: 3 }]);
  });

  it('reads what a theme shows in the asker’s words', () => {
    expect(findThemeMentions('犬のテーマを説明して')).toEqual([{ name: '犬' }]);
    expect(findThemeMentions('料理の写真のテーマはどんな人が投稿している？')).toEqual([{ name: '料理' }]);
    expect(findThemeMentions('tell me about the dog theme')).toEqual([{ name: 'dog' }]);
    expect(findThemeMentions('the theme of cars')).toEqual([{ name: 'car' }]);
    expect(findThemeMentions('犬のテーマと猫のテーマの違い')).toEqual([{ name: '犬' }, { name: '猫' }]);
  });

  it('finds none where no theme is named', () => {
    expect(findThemeMentions('どのテーマが多い？')).toEqual([]);
    expect(findThemeMentions('which photo theme is biggest?')).toEqual([]);
    expect(findThemeMentions('セグメント3を説明して')).toEqual([]);
    expect(findThemeMentions('ROIが出る顧客層はどこ？')).toEqual([]);
  });
});

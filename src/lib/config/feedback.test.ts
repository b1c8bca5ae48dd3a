import { describe, expect, test } from 'vitest';
import { feedbackHref, readFeedbackConfig, type FeedbackPage } from './feedback.ts';

const page: FeedbackPage = {
  title: '专业共建',
  url: 'https://kb.example.org/dimensions/specialty/',
  subject: '纠错与反馈：专业共建',
  body: '页面：专业共建\n地址：https://kb.example.org/dimensions/specialty/',
};

describe('readFeedbackConfig', () => {
  test('nothing set: no target', () => {
    expect(readFeedbackConfig({})).toBeUndefined();
    expect(readFeedbackConfig({ FEEDBACK_EMAIL: '  ', FEEDBACK_URL: '' })).toBeUndefined();
  });
  test.each([
    [{ FEEDBACK_EMAIL: 'kb@example.edu.cn' }, { kind: 'email', address: 'kb@example.edu.cn' }],
    [
      { FEEDBACK_URL: 'https://git.example.org/kb/issues/new' },
      { kind: 'url', url: 'https://git.example.org/kb/issues/new' },
    ],
  ])('%o is read', (env, expected) => {
    expect(readFeedbackConfig(env)).toEqual(expected);
  });
  test.each([
    [{ FEEDBACK_EMAIL: 'not an address' }, 'FEEDBACK_EMAIL is not an e-mail address: "not an address"'],
    [{ FEEDBACK_URL: 'javascript:alert(1)' }, 'FEEDBACK_URL must start with https:// or http://'],
    [{ FEEDBACK_URL: 'issues' }, 'FEEDBACK_URL is not a URL: "issues"'],
    [{ FEEDBACK_EMAIL: 'a@b.cn', FEEDBACK_URL: 'https://x.org/' }, 'not both'],
  ])('%o is refused, naming the variable', (env, message) => {
    expect(() => readFeedbackConfig(env)).toThrow(message);
  });
});

describe('feedbackHref', () => {
  test('no target, no link', () => {
    expect(feedbackHref(undefined, page)).toBeUndefined();
  });
  test('an e-mail link carries the title in the subject and the URL in the body', () => {
    const href = feedbackHref({ kind: 'email', address: 'kb@example.edu.cn' }, page) ?? '';
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('kb@example.edu.cn');
    expect(url.searchParams.get('subject')).toBe('纠错与反馈：专业共建');
    expect(url.searchParams.get('body')).toContain('https://kb.example.org/dimensions/specialty/');
    expect(href).not.toContain('+');
  });
  test('an issue URL gets title and body parameters, keeping its own', () => {
    const href = feedbackHref({ kind: 'url', url: 'https://git.example.org/kb/issues/new?labels=纠错' }, page) ?? '';
    const url = new URL(href);
    expect(url.searchParams.get('labels')).toBe('纠错');
    expect(url.searchParams.get('title')).toBe('纠错与反馈：专业共建');
    expect(url.searchParams.get('body')).toContain('地址：https://kb.example.org/dimensions/specialty/');
  });
  test('a URL with placeholders gets them filled, encoded', () => {
    const href = feedbackHref({ kind: 'url', url: 'https://forms.example.org/f?t={title}&u={url}' }, page);
    expect(href).toBe(
      `https://forms.example.org/f?t=${encodeURIComponent('纠错与反馈：专业共建')}&u=${encodeURIComponent(page.url)}`,
    );
  });
});

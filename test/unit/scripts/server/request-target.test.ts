import { describe, it, expect } from 'vitest';
import { isValidHost, parseRequestTarget, pathOf } from '../../../../scripts/server/request-target.ts';

describe('reading a request target', () => {
  it('splits a path into segments and keeps the query', () => {
    expect(parseRequestTarget('/en/articles/sms/?q=code')).toEqual({
      segments: ['en', 'articles', 'sms'],
      trailingSlash: true,
      search: '?q=code',
    });
    expect(parseRequestTarget('/')).toEqual({ segments: [], trailingSlash: true, search: '' });
    expect(parseRequestTarget('/en')).toEqual({ segments: ['en'], trailingSlash: false, search: '' });
  });

  it('decodes once: an encoded slash splits, a double-encoded one stays text', () => {
    expect(parseRequestTarget('/en%2Farticles')?.segments).toEqual(['en', 'articles']);
    expect(parseRequestTarget('/..%252fdist-old/notes.txt')?.segments).toEqual(['..%2fdist-old', 'notes.txt']);
    expect(parseRequestTarget('/caf%C3%A9')?.segments).toEqual(['café']);
  });

  it('collapses repeated slashes and "." segments, and applies ".." inside the site', () => {
    expect(parseRequestTarget('/.//evil.example/..%2fen')).toEqual({
      segments: ['en'],
      trailingSlash: false,
      search: '',
    });
    expect(parseRequestTarget('//en///articles/./sms/')?.segments).toEqual(['en', 'articles', 'sms']);
    expect(parseRequestTarget('/en/../it/')?.segments).toEqual(['it']);
  });

  it('refuses ".." above the site, encoded or not', () => {
    for (const target of [
      '/../secret.txt',
      '/..%2fdist-old/notes.txt',
      '/%2e%2e/secret.txt',
      '/en/../../secret.txt',
      '/%2E%2E%2F%2E%2E%2Fetc/passwd',
    ]) {
      expect(parseRequestTarget(target), target).toBeUndefined();
    }
  });

  it('refuses backslashes, NUL bytes and broken percent-encoding or UTF-8', () => {
    for (const target of [
      '/..\\dist-old\\notes.txt',
      '/..%5cdist-old/notes.txt',
      '/notes.txt%00.html',
      '/%',
      '/%zz',
      '/%C0%AF',
      '/%ED%A0%80',
    ]) {
      expect(parseRequestTarget(target), target).toBeUndefined();
    }
  });

  it('takes only the path of an absolute URL, and refuses other forms', () => {
    expect(parseRequestTarget('http://evil.example/en/?a=1')).toEqual({
      segments: ['en'],
      trailingSlash: true,
      search: '?a=1',
    });
    for (const target of ['*', 'evil.example:443', 'http://[/', '', 'javascript:alert(1)']) {
      expect(parseRequestTarget(target), target).toBeUndefined();
    }
  });

  it('refuses characters RFC 3986 does not allow in a path, such as the "[" of "//[/"', () => {
    for (const target of ['//[/', '/a]b', '/a b', '/a"b', '/a<b>', '/a|b', '/a#b', '/caf\u00e9']) {
      expect(parseRequestTarget(target), target).toBeUndefined();
    }
    expect(parseRequestTarget("/a-b_c.d~e!$&'()*+,;=:@/")?.segments).toEqual(["a-b_c.d~e!$&'()*+,;=:@"]);
  });

  it('percent-encodes anything unsafe left in the query', () => {
    expect(parseRequestTarget('/?q=a b\u00e9')?.search).toBe('?q=a%20b%C3%A9');
  });
});

describe('the canonical path of segments', () => {
  it('always starts with exactly one slash, so it never names another origin', () => {
    expect(pathOf([], false)).toBe('/');
    expect(pathOf(['en'], true)).toBe('/en/');
    expect(pathOf(['evil.example', 'x'], false)).toBe('/evil.example/x');
    const segments = parseRequestTarget('/.//evil.example/..%2fen')!.segments;
    expect(pathOf(segments, true)).toBe('/en/');
  });

  it('encodes what a segment holds, so it round-trips', () => {
    expect(pathOf(['a b', 'café', '%2f', '?#'], false)).toBe('/a%20b/caf%C3%A9/%252f/%3F%23');
    expect(parseRequestTarget(pathOf(['a b', 'café', '%2f'], true))?.segments).toEqual(['a b', 'café', '%2f']);
  });
});

describe('the Host header', () => {
  it('accepts names, addresses and ports', () => {
    for (const host of [
      'localhost',
      'localhost:4321',
      '127.0.0.1:4322',
      'help.example.com',
      '[::1]:4321',
      '[::1]',
      'xn--caf-dma.example',
    ]) {
      expect(isValidHost(host), host).toBe(true);
    }
  });

  it('refuses spaces, slashes, user info and empty values', () => {
    for (const host of ['a b', 'localhost/x', 'user@host', '', ':80', 'host:80:80', '[::1', 'host\\x', 'a%zz']) {
      expect(isValidHost(host), host).toBe(false);
    }
  });
});

import { describe, it, expect } from 'vitest';
import { parseCsp, cspProblems, securityHeaderProblems } from '../../support/security-headers.ts';
import { parseHeadersFile, headersFor } from '../../../scripts/server/static-headers.ts';

const strict =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

describe('reading a Content-Security-Policy', () => {
  it('splits directives and keeps the first of a repeated one', () => {
    const csp = parseCsp("default-src 'self'; Script-Src 'self' 'wasm-unsafe-eval' ;script-src *;");
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect([...csp.keys()]).toEqual(['default-src', 'script-src']);
  });
});

describe('the policy rules', () => {
  it('accept a strict policy that lets Pagefind compile WebAssembly', () => {
    expect(cspProblems(strict)).toEqual([]);
  });

  it('refuse inline or eval scripts and inline styles, including through default-src', () => {
    expect(cspProblems(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'"))).toEqual(
      ["script-src allows 'unsafe-inline'", "script-src allows 'unsafe-eval'"],
    );
    expect(
      cspProblems("default-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"),
    ).toEqual([
      "script-src allows 'unsafe-inline'",
      "style-src allows 'unsafe-inline'",
      "connect-src must be 'self' only",
    ]);
  });

  it('require framing to be refused and connections to stay on the site', () => {
    const loose = strict
      .replace("frame-ancestors 'none'", "frame-ancestors 'self'")
      .replace("connect-src 'self'", "connect-src 'self' https://api.example.com");
    expect(cspProblems(loose)).toEqual([
      "frame-ancestors must be 'none' (no other site may frame a login help page)",
      "connect-src must be 'self' only",
    ]);
  });

  it('require the companion headers', () => {
    expect(securityHeaderProblems({ 'content-security-policy': strict, 'referrer-policy': 'unsafe-url' })).toEqual([
      'X-Content-Type-Options must be nosniff',
      'Referrer-Policy unsafe-url leaks full addresses to other sites',
      'Permissions-Policy is missing',
    ]);
  });
});

describe('public/_headers, the file static hosts read', () => {
  const rules = parseHeadersFile('public/_headers');
  for (const path of ['/', '/en/', '/it/articles/voice-callback/', '/pagefind/pagefind.js', '/_astro/x.js', '/sw.js']) {
    it(`gives ${path} every security header`, () => {
      expect(securityHeaderProblems(Object.fromEntries(headersFor(rules, path)))).toEqual([]);
    });
  }
});

// The security headers every response of the site must carry, as rules on plain header values:
// the unit test holds public/_headers to them and the end-to-end test holds the running server.

/** Directives of a Content-Security-Policy value, names lowercase: "script-src 'self'" -> script-src => ['self'] quoted as written. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // A repeated directive is ignored by browsers: the first one counts.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources that would let injected markup run code or styles. */
const unsafeSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:'];

/** What is wrong with a policy, one sentence each; empty when it is strict enough. */
export function cspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const effective = (name: string) => csp.get(name) ?? csp.get('default-src');
  if (!csp.has('default-src')) problems.push('default-src is missing, so unlisted resource types are unrestricted');
  for (const name of ['script-src', 'style-src']) {
    const sources = effective(name);
    if (!sources) problems.push(`${name} (or default-src) is missing`);
    for (const source of sources ?? []) {
      if (unsafeSources.includes(source.toLowerCase())) problems.push(`${name} allows ${source}`);
    }
  }
  // 'wasm-unsafe-eval' only compiles WebAssembly (Pagefind); it does not allow eval() of strings.
  const frameAncestors = csp.get('frame-ancestors');
  if (frameAncestors?.join(' ') !== "'none'")
    problems.push("frame-ancestors must be 'none' (no other site may frame a login help page)");
  if (effective('connect-src')?.join(' ') !== "'self'") problems.push("connect-src must be 'self' only");
  if (effective('object-src')?.join(' ') !== "'none'") problems.push("object-src must be 'none'");
  if (!csp.has('base-uri')) problems.push('base-uri is missing, so an injected <base> could redirect relative links');
  return problems;
}

/** Problems with a response's headers (names in any case). */
export function securityHeaderProblems(headers: Readonly<Record<string, string>>): string[] {
  const get = (name: string) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  const problems: string[] = [];
  const csp = get('content-security-policy');
  if (!csp) problems.push('Content-Security-Policy is missing');
  else problems.push(...cspProblems(csp));
  if (get('x-content-type-options')?.toLowerCase() !== 'nosniff')
    problems.push('X-Content-Type-Options must be nosniff');
  const referrer = get('referrer-policy');
  if (!referrer) problems.push('Referrer-Policy is missing');
  else if (/unsafe-url|no-referrer-when-downgrade/i.test(referrer))
    problems.push(`Referrer-Policy ${referrer} leaks full addresses to other sites`);
  if (!get('permissions-policy')) problems.push('Permissions-Policy is missing');
  return problems;
}

// Turns the raw request line target and Host header into something safe to map onto a folder: path
// segments decoded once, with nothing that could climb out of the site or name another origin.

/** A request target the server can look up: its path as segments, whether it ended in "/", and the raw query. */
export interface SitePath {
  segments: string[];
  trailingSlash: boolean;
  /** "" or "?…", printable ASCII only, safe to copy into a Location header. */
  search: string;
}

/** RFC 3986 path characters: unreserved, sub-delims, ":", "@", "/" and %XX escapes. */
const pathCharacters = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;

/**
 * The site path a raw request target names, or undefined for one the server refuses (400): not a path
 * or an absolute http(s) URL, a character RFC 3986 does not allow in a path (so "//[/" is refused, where
 * a URL parser would read a broken host), bad percent-encoding or UTF-8, a NUL byte or backslash once
 * decoded, or ".." above the root.
 */
export function parseRequestTarget(target: string): SitePath | undefined {
  let rawPath: string;
  let rawQuery: string;
  if (target.startsWith('/')) {
    const q = target.indexOf('?');
    [rawPath, rawQuery] = q === -1 ? [target, ''] : [target.slice(0, q), target.slice(q + 1)];
  } else if (/^https?:\/\//i.test(target)) {
    // The absolute form a proxy sends (RFC 9112 3.2.2): only its path and query matter to a static site.
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return undefined;
    }
    [rawPath, rawQuery] = [url.pathname, url.search.slice(1)];
  } else {
    return undefined; // "*", the authority form, or anything else
  }
  if (!pathCharacters.test(rawPath)) return undefined;

  let decoded: string;
  try {
    // Once only: "%252f" stays the literal text "%2f", never a slash.
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  // No file name has a NUL, and on Windows "\" is a separator that would dodge the segment rules below.
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;

  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue; // "//" and "/./" collapse, as they would on disk
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return { segments, trailingSlash: decoded.endsWith('/'), search: rawQuery ? `?${safeQuery(rawQuery)}` : '' };
}

/** The canonical, percent-encoded path of site segments: always one leading "/", never "//", so never another origin. */
export function pathOf(segments: readonly string[], trailingSlash: boolean): string {
  if (segments.length === 0) return '/';
  return `/${segments.map(encodeSegment).join('/')}${trailingSlash ? '/' : ''}`;
}

/**
 * Whether a Host header value is a valid `host[:port]` (RFC 9110 7.2, RFC 3986 3.2.2): a registered name
 * or IPv4 address of unreserved, sub-delims and %-escapes, or a bracketed IPv6 literal.
 */
export function isValidHost(value: string): boolean {
  return /^(?:\[[0-9A-Fa-f:.]+\]|(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+)(?::[0-9]*)?$/.test(value);
}

/** The query with anything but printable ASCII percent-encoded, so a redirect's header stays valid. */
function safeQuery(query: string): string {
  return query.replace(/[^\x21-\x7e]/gu, percentEncode);
}

/** A path segment with everything but unreserved characters percent-encoded. */
function encodeSegment(segment: string): string {
  return segment.replace(/[^A-Za-z0-9\-._~]/gu, percentEncode);
}

/** The UTF-8 bytes of a character as %XX escapes. Unlike encodeURIComponent it never throws (a lone surrogate becomes U+FFFD). */
function percentEncode(character: string): string {
  return [...Buffer.from(character, 'utf8')]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

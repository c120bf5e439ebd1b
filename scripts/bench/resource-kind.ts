// Sorts what a page downloads into the buckets the budgets speak of: HTML, CSS, JS, fonts, images.

export const resourceKinds = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** The bucket of one response, from Chromium's resource type, then its content type, then its file name. */
export function resourceKind(resourceType: string, contentType: string | undefined, url: string): ResourceKind {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
      return 'image';
  }
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (type === 'text/javascript' || type === 'application/javascript') return 'js';
  if (type.startsWith('font/') || type === 'application/font-woff') return 'font';
  if (type.startsWith('image/')) return 'image';
  const path = new URL(url).pathname.toLowerCase();
  if (/\.(m?js)$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path)) return 'image';
  return 'other';
}

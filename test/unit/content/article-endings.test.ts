// Every article, in every language, ends with a "still stuck?" paragraph that hands the reader to the troubleshooter
// that fits the article. A reader who reached the bottom without a fix should not have to hunt for the next step.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../../../src/lib/content-root.ts';
import { registry } from '../../../src/wizards/wizard-registry.ts';

/** The troubleshooter each article hands over to; an article not listed here must still end with one. */
const expectedWizard: Record<string, string> = {
  'authentication-and-trading-device': 'cant-log-in',
  'choose-two-factor-method': 'cant-log-in',
  'digital-security-card-login': 'cant-log-in',
  'ibkr-mobile-daily-login': 'cant-log-in',
  'ibkr-mobile-notification-missing': 'cant-log-in',
  'move-to-ibkr-mobile': 'move-to-ibkr-mobile',
  'recover-ib-key': 'recover-ib-key',
  'sms-code-not-arriving': 'sms-code',
  'sms-two-factor': 'sms-code',
  'voice-callback': 'sms-code',
  'temporary-access': 'cant-log-in',
  'replace-security-card': 'cant-log-in',
  'before-you-travel': 'cant-log-in',
  'password-and-user-name': 'cant-log-in',
};

const articlesDir = join(contentRoot, 'articles');
const articles = readdirSync(articlesDir).flatMap((locale) =>
  readdirSync(join(articlesDir, locale))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ locale, slug: file.replace(/\.mdx$/, ''), path: join(articlesDir, locale, file) })),
);

/** The last block of the body (text after the last blank line), frontmatter excluded. */
function lastBlock(source: string): string {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks = body.trim().split(/\n\s*\n/);
  return blocks[blocks.length - 1]!;
}

describe('article endings', () => {
  it('finds the articles', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const { locale, slug, path } of articles) {
    it(`${locale}/${slug} ends with a link to the right troubleshooter`, () => {
      const last = lastBlock(readFileSync(path, 'utf8'));
      const ids = [...last.matchAll(/<WizardLink\s+id="([^"]+)"\s*\/>/g)].map((m) => m[1]!);
      expect(ids, `last paragraph: ${last}`).toHaveLength(1);
      expect(registry.has(ids[0]!)).toBe(true);
      const wanted = expectedWizard[slug];
      if (wanted) expect(ids[0]).toBe(wanted);
      // A paragraph of prose, not a bullet, a heading or a component block.
      expect(last).not.toMatch(/^(\s*[-*#>]|\s*\d+\.|\s*<(Callout|SecurityPractice))/);
    });
  }
});

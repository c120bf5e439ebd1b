import { describe, it, expect } from 'vitest';
import { componentReferences, lostReferences } from '../../../src/l10n/mdx-references.ts';

describe('component references in an article body', () => {
  it('lists each component use with the id it points to', () => {
    const body = [
      'See <Kb id="3396" /> and <Kb id="9103"/>.',
      '<Callout kind="note">Use **OK**, see <WizardLink id="sms-code" />.</Callout>',
      '<CardFigure display="pin" value="">The card asks for the PIN.</CardFigure>',
      '<PracticeLink />',
    ].join('\n');
    expect(componentReferences(body)).toEqual([
      '<Kb id="3396" />',
      '<Kb id="9103" />',
      '<Callout>',
      '<WizardLink id="sms-code" />',
      '<CardFigure>',
      '<PracticeLink>',
    ]);
  });

  it('ignores components shown as code', () => {
    expect(componentReferences('Write `<Kb id="1" />` like this:\n\n```mdx\n<Kb id="2" />\n```\n')).toEqual([]);
  });
});

describe('references lost in a translation', () => {
  const source =
    'A <Kb id="1" />, again <Kb id="1" />, then <WizardLink id="sms-code" /> and <Callout kind="tip">x</Callout>';

  it('is empty when every reference is kept, in any order', () => {
    expect(
      lostReferences(
        source,
        '<Callout kind="note">y</Callout> <WizardLink id="sms-code" /> <Kb id="1" /> <Kb id="1" />',
      ),
    ).toEqual([]);
  });

  it('names each missing use once, so a dropped second link counts', () => {
    expect(lostReferences(source, '<Kb id="1" />')).toEqual([
      '<Kb id="1" />',
      '<WizardLink id="sms-code" />',
      '<Callout>',
    ]);
  });

  it('counts a link pointed at another article as lost', () => {
    expect(lostReferences('<Kb id="1" />', '<Kb id="2" />')).toEqual(['<Kb id="1" />']);
  });
});

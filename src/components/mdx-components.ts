// The components article authors may use in MDX without importing them. The only barrel in src/.
import Kb from './Kb.astro';
import Callout from './Callout.astro';
import PracticeLink from './PracticeLink.astro';
import WizardLink from './WizardLink.astro';
import CardFigure from './CardFigure.astro';
import LoginFigure from './LoginFigure.astro';
// <SecurityPractice /> in an article is a script-free teaser (articles stay within their JS budget); the live
// simulator, SecurityPractice.astro, runs on the practice page and in the wizard.
import SecurityPracticeTeaser from './SecurityPracticeTeaser.astro';

export const mdxComponents = {
  Kb,
  Callout,
  PracticeLink,
  WizardLink,
  CardFigure,
  LoginFigure,
  SecurityPractice: SecurityPracticeTeaser,
};

// The components article authors may use in MDX without importing them. The only barrel in src/.
import Kb from './Kb.astro';
import Callout from './Callout.astro';
import PracticeLink from './PracticeLink.astro';
import WizardLink from './WizardLink.astro';
import CardFigure from './CardFigure.astro';
import LoginFigure from './LoginFigure.astro';

export const mdxComponents = { Kb, Callout, PracticeLink, WizardLink, CardFigure, LoginFigure };

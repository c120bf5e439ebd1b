// The paths of the site's small line icons (24 by 24, drawn with a 1.6 stroke in the text colour), by name. Icon.astro
// draws them; content/site.json names them for the home page's problem cards.
export const iconPaths = {
  /** The Digital Security Card+: a small device with a display and a keypad. */
  card: [
    'M7 2.75h10a2.25 2.25 0 0 1 2.25 2.25v14A2.25 2.25 0 0 1 17 21.25H7A2.25 2.25 0 0 1 4.75 19V5A2.25 2.25 0 0 1 7 2.75Z',
    'M7.75 5.75h8.5v3.5h-8.5Z',
    'M8.5 12.5h.01M12 12.5h.01M15.5 12.5h.01M8.5 15.5h.01M12 15.5h.01M15.5 15.5h.01M8.5 18.5h7',
  ],
  /** IBKR Mobile Authentication: a phone that confirms with a tick. */
  app: [
    'M8.5 2.75h7a2.25 2.25 0 0 1 2.25 2.25v14a2.25 2.25 0 0 1-2.25 2.25h-7A2.25 2.25 0 0 1 6.25 19V5A2.25 2.25 0 0 1 8.5 2.75Z',
    'M10.75 18.25h2.5',
    'm9.5 11 1.75 1.75 3.25-3.5',
  ],
  /** SMS: a speech bubble with lines of text. */
  sms: [
    'M5.25 4h13.5a2.25 2.25 0 0 1 2.25 2.25v8.5A2.25 2.25 0 0 1 18.75 17H11l-4.75 3.5V17h-1A2.25 2.25 0 0 1 3 14.75v-8.5A2.25 2.25 0 0 1 5.25 4Z',
    'M7.5 9h9M7.5 12.25h5.5',
  ],
  /** A login that will not open. */
  lock: [
    'M6.75 10.5h10.5A1.75 1.75 0 0 1 19 12.25v7A1.75 1.75 0 0 1 17.25 21H6.75A1.75 1.75 0 0 1 5 19.25v-7a1.75 1.75 0 0 1 1.75-1.75Z',
    'M8.25 10.5V7.75a3.75 3.75 0 0 1 7.5 0v2.75',
    'M12 14.5v2.75',
  ],
  /** A new or lost phone: a phone and the arrow of a change. */
  phone: [
    'M6.5 4.75h6A1.75 1.75 0 0 1 14.25 6.5v12a1.75 1.75 0 0 1-1.75 1.75h-6A1.75 1.75 0 0 1 4.75 18.5v-12A1.75 1.75 0 0 1 6.5 4.75Z',
    'M8.5 17.25h2',
    'M16.5 6.5a4.25 4.25 0 0 1 3 4.25 4.25 4.25 0 0 1-3 4',
    'm15.5 13.25 1 1.75 1.75-1',
  ],
  /** A notification that did not come. */
  bell: ['M6.25 16.5h11.5l-1.5-2.25V10.5a4.25 4.25 0 0 0-8.5 0v3.75Z', 'M10.25 19a1.75 1.75 0 0 0 3.5 0'],
  /** The site's mark: a shield with a tick. */
  shield: [
    'M12 2.75 4.75 5.5v5.75c0 4.5 3 8.25 7.25 10 4.25-1.75 7.25-5.5 7.25-10V5.5Z',
    'm8.75 12 2.25 2.25 4.25-4.5',
  ],
} as const;

export type IconName = keyof typeof iconPaths;

/** True for the name of an icon this file draws. */
export function isIconName(name: string): name is IconName {
  return Object.hasOwn(iconPaths, name);
}

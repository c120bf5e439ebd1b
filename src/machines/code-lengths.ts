// How many digits each code of a Digital Security Card+ login has (IBKR knowledge-base article 2634): shared by the card, the login screen
// and the card's display, so the three can never disagree.

/** The real card's PIN has 4 digits. */
export const PIN_LENGTH = 4;
/** The login screen's challenge code has 6 digits. */
export const CHALLENGE_LENGTH = 6;
/** The login screen expects 8 response digits. */
export const RESPONSE_LENGTH = 8;

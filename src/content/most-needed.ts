// The articles the home page puts first: the situations that lock people out most often.
// Knowledge-base ids; ids without an article yet are skipped, so this list can run ahead of content.
export const mostNeeded: readonly string[] = ['2634', '9103', '9101', '3396', '1131', '2748'];

import { describe, it, expect } from 'vitest';
import { editDistance, findGlossaryHits, isOneEditApart } from '../../../src/l10n/glossary-check.ts';
import { loadGlossary } from '../../../src/l10n/glossary.ts';

const glossary = loadGlossary('content');
const found = (text: string) => findGlossaryHits(text, glossary).map((h) => `${h.kind}: ${h.found} -> ${h.term}`);

describe('product names in a translation', () => {
  it.each([
    'Accedi a Client Portal con IBKR Mobile Authentication (IB Key).',
    "Apri l'app IBKR Mobile e tocca Autenticazione.",
    "dell'IBKR Mobile, della Digital Security Card+ (DSC+) e di TWS",
    'La vecchia Digital Security Card (senza il +) aveva un tasto C.',
    'Passa da IB TWS e IB Key a IBKR Mobile.',
    'completa il modulo di autenticazione di IBKR Mobile',
    'la gestione del conto; Interactive Brokers; WebTrader; SMS; Trader Workstation',
  ])('accepts the exact names: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('flags a listed translation, whatever its case', () => {
    expect(found('Apri il Portale Clienti, poi il portale clienti.')).toEqual([
      'translated: Portale Clienti -> Client Portal',
      'translated: portale clienti -> Client Portal',
    ]);
    expect(found('Vai in Gestione conto.')).toEqual(['translated: Gestione conto -> Client Portal']);
  });

  it('flags names that differ in case, spacing or hyphens', () => {
    expect(found('Apri IBKR mobile, poi Ib Key, IB-Key, IBKey, Web Trader, sms.')).toEqual([
      'misspelt: IBKR mobile -> IBKR Mobile',
      'misspelt: Ib Key -> IB Key',
      'misspelt: IB-Key -> IB Key',
      'misspelt: IBKey -> IB Key',
      'misspelt: Web Trader -> WebTrader',
      'misspelt: sms -> SMS',
    ]);
  });

  it('flags a one-letter slip in the longer names only', () => {
    expect(found('IBRK Mobile e Client Portale')).toEqual([
      'misspelt: IBRK Mobile -> IBKR Mobile',
      'misspelt: Client Portale -> Client Portal',
    ]);
    expect(found('TWA e IB Kay')).toEqual([]);
  });

  it('measures swaps of neighbouring letters as one edit', () => {
    expect(editDistance('ibrk', 'ibkr')).toBe(1);
    expect(editDistance('portal', 'portale')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});

describe('the one-edit prefilter that replaces the edit-distance table', () => {
  /** Every string over an alphabet up to a length: small enough to compare all pairs. */
  const allStrings = (alphabet: string, maxLength: number): string[] => {
    let level = [''];
    const out = [''];
    for (let n = 1; n <= maxLength; n++) {
      level = level.flatMap((s) => [...alphabet].map((c) => s + c));
      out.push(...level);
    }
    return out;
  };

  it('agrees with editDistance(a, b) === 1 on every pair of short strings', () => {
    const strings = allStrings('abc', 4);
    const wrong: string[] = [];
    for (const a of strings)
      for (const b of strings) if (isOneEditApart(a, b) !== (editDistance(a, b) === 1)) wrong.push(`${a}/${b}`);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['', 'a', true],
    ['a', '', true],
    ['', '', false],
    ['ibkr', 'ibkr', false],
    ['ibkr', 'bikr', true],
    ['ibkr', 'ibrk', true],
    ['ibkr', 'xibkr', true],
    ['ibkr', 'ibkrx', true],
    ['ibkr', 'ibkrxy', false],
    ['abcd', 'badc', false],
    ['webtrader', 'webtrder', true],
  ] as const)('%s and %s: %s', (a, b, expected) => {
    expect(isOneEditApart(a, b)).toBe(expected);
    expect(editDistance(a, b) === 1).toBe(expected);
  });

  it('still finds a slip in the first letter, the last letter or a missing one', () => {
    expect(found('XBKR Mobile, IBKR Mobilx, WebTrder')).toEqual([
      'misspelt: XBKR Mobile -> IBKR Mobile',
      'misspelt: IBKR Mobilx -> IBKR Mobile',
      'misspelt: WebTrder -> WebTrader',
    ]);
  });

  it('compiles each glossary list once, and never answers from another list', () => {
    const other = [{ term: 'Client Portal', note: '', wrong: ['Portale Clienti'] }];
    expect(findGlossaryHits('IBRK Mobile e Portale Clienti', glossary).map((h) => h.term)).toEqual([
      'IBKR Mobile',
      'Client Portal',
    ]);
    expect(findGlossaryHits('IBRK Mobile e Portale Clienti', other).map((h) => h.term)).toEqual(['Client Portal']);
    expect(findGlossaryHits('IBRK Mobile e Portale Clienti', glossary).map((h) => h.term)).toEqual([
      'IBKR Mobile',
      'Client Portal',
    ]);
  });
});

describe('the glossary file', () => {
  it('lists every product name that is never translated', () => {
    const terms = glossary.map((g) => g.term);
    const names = [
      'IBKR',
      'Interactive Brokers',
      'TWS',
      'Trader Workstation',
      'Client Portal',
      'WebTrader',
      'IBKR Mobile',
      'IBKR Mobile Authentication',
      'IB TWS',
      'IB Key',
      'Digital Security Card+',
      'DSC+',
      'SMS',
    ];
    expect(terms).toEqual(expect.arrayContaining(names));
  });

  it('never lists a correct name as a wrong variant', () => {
    for (const g of glossary) expect(findGlossaryHits(g.term, glossary), g.term).toEqual([]);
    for (const g of glossary)
      for (const w of g.wrong)
        expect(
          findGlossaryHits(w, glossary).map((h) => h.term),
          w,
        ).toEqual([g.term]);
  });
});

import { describe, it, expect } from 'vitest';
import { editDistance, findGlossaryHits } from '../../../src/l10n/glossary-check.ts';
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
    expect(found('IBRK Mobile e Client Portale')).toEqual(['misspelt: IBRK Mobile -> IBKR Mobile', 'misspelt: Client Portale -> Client Portal']);
    expect(found('TWA e IB Kay')).toEqual([]);
  });

  it('measures swaps of neighbouring letters as one edit', () => {
    expect(editDistance('ibrk', 'ibkr')).toBe(1);
    expect(editDistance('portal', 'portale')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});

describe('the glossary file', () => {
  it('lists every product name that is never translated', () => {
    const terms = glossary.map((g) => g.term);
    const names = ['IBKR', 'Interactive Brokers', 'TWS', 'Trader Workstation', 'Client Portal', 'WebTrader', 'IBKR Mobile', 'IBKR Mobile Authentication', 'IB TWS', 'IB Key', 'Digital Security Card+', 'DSC+', 'SMS'];
    expect(terms).toEqual(expect.arrayContaining(names));
  });

  it('never lists a correct name as a wrong variant', () => {
    for (const g of glossary) expect(findGlossaryHits(g.term, glossary), g.term).toEqual([]);
    for (const g of glossary) for (const w of g.wrong) expect(findGlossaryHits(w, glossary).map((h) => h.term), w).toEqual([g.term]);
  });
});

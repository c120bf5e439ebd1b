import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTerminologyHits } from '../../../src/l10n/terminology-check.ts';
import { loadTerminology, type TerminologyEntry } from '../../../src/l10n/terminology.ts';
import { maskedProse } from '../../../src/l10n/mdx-text.ts';

const italian = loadTerminology('content', 'it');
const list: TerminologyEntry[] = [
  { concept: 'challenge code', preferred: 'codice di autenticazione', forbidden: ['codic* di verifica'], note: '' },
  {
    concept: 'Security Code Card',
    preferred: 'Carta codici di sicurezza',
    forbidden: ['Security Code Card'],
    note: '',
  },
  {
    concept: 'Online Security Code Card',
    preferred: 'Online Security Card',
    forbidden: ['Online Security Code Card'],
    note: '',
  },
  { concept: 'login button', preferred: 'Accesso', forbidden: ['clic su Accedi'], note: '' },
  { concept: 'authenticator', preferred: 'app di autenticazione', forbidden: ['autenticatore'], note: '' },
];
const found = (text: string, terms: readonly TerminologyEntry[] = list) =>
  findTerminologyHits(text, terms).map((h) => `${h.found} -> ${h.preferred}`);

describe('forbidden terms in a translation', () => {
  it('finds a variant in any case, and every inflection a * allows', () => {
    expect(found('Digita il Codice di verifica. Due codici di verifica.')).toEqual([
      'Codice di verifica -> codice di autenticazione',
      'codici di verifica -> codice di autenticazione',
    ]);
  });

  it('matches whole words only', () => {
    expect(found('autenticatoremente, preautenticatore, codicedi verifica')).toEqual([]);
  });

  it('finds a word after an elided article, with either apostrophe', () => {
    expect(found("Apri l'autenticatore, poi dell’autenticatore.")).toEqual([
      'autenticatore -> app di autenticazione',
      'autenticatore -> app di autenticazione',
    ]);
  });

  it('finds a variant split over a line break or by bold markers', () => {
    expect(found('fai clic\nsu **Accedi** e poi')).toEqual(['clic\nsu **Accedi -> Accesso']);
  });

  it('reports the longest variant once where two overlap', () => {
    expect(found('Stampa una Online Security Code Card.')).toEqual([
      'Online Security Code Card -> Online Security Card',
    ]);
  });

  it('accepts the English name in brackets right after the preferred term, and only there', () => {
    expect(found('una Carta codici di sicurezza (Security Code Card, vedi sotto)')).toEqual([]);
    expect(found('una Carta codici di sicurezza (**Security Code Card**)')).toEqual([]);
    expect(found('una Security Code Card (Carta codici di sicurezza)')).toEqual([
      'Security Code Card -> Carta codici di sicurezza',
    ]);
  });

  it('does not look inside code, component attributes or addresses once the body is masked', () => {
    const body =
      'Vedi `codice di verifica` e <LoginFigure caption="codice di verifica" /> su https://x.example/codice-di-verifica.\nPoi il codice di verifica.';
    const hits = findTerminologyHits(maskedProse(body), list);
    expect(hits.map((h) => h.index)).toEqual([body.lastIndexOf('codice di verifica')]);
  });

  it('finds nothing with an empty list', () => {
    expect(found('codice di verifica', [])).toEqual([]);
  });
});

describe('the Italian terminology file', () => {
  it('has IBKR’s Italian terms from FACTS.md', () => {
    const preferred = italian.map((t) => t.preferred);
    expect(preferred).toEqual(
      expect.arrayContaining([
        'Sistema di Accesso Sicuro',
        'dispositivo di sicurezza',
        'codice temporaneo',
        'Online Security Card',
        'Carta codici di sicurezza',
        'Servizio Clienti',
        'codice di autenticazione',
        'codice di risposta',
        'Accesso',
        'migrazione',
        'Richiesta di verifica/Risposta (Challenge/Response)',
        'chiamata vocale',
      ]),
    );
  });

  it('never forbids a preferred term, or its own English name in brackets', () => {
    for (const t of italian) expect(found(t.preferred, italian), t.preferred).toEqual([]);
    expect(
      found(
        'migrazione automatica; codici di autenticazione; il pulsante **Accesso** (Login); Accedi a Client Portal',
        italian,
      ),
    ).toEqual([]);
  });

  it('flags the variants the Italian content used to have', () => {
    expect(
      found(
        'il codice di verifica, un codice di accesso temporaneo, la richiamata vocale, il trasferimento automatico, seleziona Accedi',
        italian,
      ),
    ).toEqual([
      'codice di verifica -> codice di autenticazione',
      'codice di accesso temporaneo -> codice temporaneo',
      'richiamata vocale -> chiamata vocale',
      'trasferimento -> migrazione',
      'seleziona Accedi -> Accesso',
    ]);
  });

  it('is empty for a locale without a file, and refuses a malformed entry, naming it', () => {
    expect(loadTerminology('content', 'xx')).toEqual([]);
    const root = mkdtempSync(join(tmpdir(), 'slh-terms-'));
    mkdirSync(join(root, 'terminology'));
    writeFileSync(
      join(root, 'terminology', 'it.json'),
      JSON.stringify({ terms: [list[0], { concept: 'x', preferred: 'y', forbidden: [], note: '' }] }),
    );
    expect(() => loadTerminology(root, 'it')).toThrow(/terms\[1\] needs/);
    rmSync(root, { recursive: true });
  });
});

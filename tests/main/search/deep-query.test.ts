/** Issue #17 item 8: a query nested thousands deep gets a clear message, not a stack overflow. */
import { afterAll, describe, expect, it } from 'vitest';
import { CuttingsError } from '../../../shared/errors';
import { MAX_QUERY_NESTING } from '../../../electron/main/search/query-parser';
import { doc, indexWith } from './helpers';

const { index, cleanup } = indexWith([doc({ id: 'harbour', title: 'The harbour reopens', text: 'Ships came back to the harbour.' })]);
afterAll(cleanup);

function refusal(query: string): CuttingsError {
  try {
    index.search(query);
  } catch (err) {
    return err as CuttingsError;
  }
  throw new Error(`"${query.slice(0, 40)}…" was accepted`);
}

describe('deeply nested queries', () => {
  it('refuses 3,000 nested parentheses with a bad-query message saying what to do', () => {
    const err = refusal(`${'('.repeat(3000)}harbour${')'.repeat(3000)}`);
    expect(err).toBeInstanceOf(CuttingsError);
    expect(err.code).toBe('bad-query');
    expect(err.message).toMatch(/nested more than \d+ deep/);
  });

  it('refuses thousands of chained NOTs and minus signs the same way', () => {
    expect(refusal(`${'NOT '.repeat(5000)}harbour`).code).toBe('bad-query');
    expect(refusal(`${'-'.repeat(5000)}harbour`).code).toBe('bad-query');
    expect(refusal(`${'(-'.repeat(2000)}harbour${')'.repeat(2000)}`).code).toBe('bad-query');
  });

  it('still answers queries nested up to the limit', () => {
    const deep = `${'('.repeat(MAX_QUERY_NESTING)}harbour${')'.repeat(MAX_QUERY_NESTING)}`;
    expect(index.search(deep).total).toBe(1);
    expect(index.search('(harbour OR (ships AND -(tanker OR (ferry))))').total).toBe(1);
  });
});

import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACT_PATHS } from './logger-options';

function logged(entry: Record<string, unknown>): string {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  pino({ redact: REDACT_PATHS }, sink).info(entry, 'test');
  return lines.join('');
}

describe('log redaction', () => {
  it('hides GraphQL variables of a logged request, whether sent in the body or the query string', () => {
    const line = logged({ req: { query: { variables: '{"input":{"residentId":"141124198506150021"}}' }, body: { variables: { phone: '13912345678' } } } });
    expect(line).not.toContain('141124198506150021');
    expect(line).not.toContain('13912345678');
    expect(line).toContain('[Redacted]');
  });

  it('hides personal data and secrets by field name, a few levels deep', () => {
    const line = logged({
      password: 'Lvliang2026',
      input: { residentId: '141124198506150021', phone: '13912345678' },
      job: { data: { trainee: { contactPhone: '13812345678' } } },
      refreshToken: 'abc',
    });
    for (const secret of ['Lvliang2026', '141124198506150021', '13912345678', '13812345678', '"abc"']) expect(line).not.toContain(secret);
  });

  it('hides the bearer token and keeps what is harmless', () => {
    const line = logged({ req: { method: 'POST', url: '/graphql', headers: { authorization: 'Bearer eyJ.secret', 'user-agent': 'jest' } } });
    expect(line).not.toContain('eyJ.secret');
    expect(line).toContain('/graphql');
    expect(line).toContain('jest');
  });
});

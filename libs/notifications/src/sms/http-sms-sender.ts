import { OutgoingSms, SmsSender } from './sms-sender';

const GATEWAY_TIMEOUT_MS = 10_000;

/** Posts `{ to, content }` as JSON to an SMS gateway; anything but a 2xx answer is a failure. */
export class HttpSmsSender implements SmsSender {
  readonly provider = 'http';

  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
  ) {}

  async send(sms: OutgoingSms): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ to: sms.to, content: sms.content }),
      signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`SMS gateway answered HTTP ${response.status}`);
  }
}

/** A text message on its way out; `to` is the clear phone number, which is never stored. */
export interface OutgoingSms {
  to: string;
  content: string;
}

/** Sends text messages; which implementation runs is chosen by SMS_SENDER. */
export interface SmsSender {
  /** Recorded with each message (SmsMessage.provider). */
  readonly provider: string;
  /** Resolves once the message is accepted; rejects when it was not (the job is then retried). */
  send(sms: OutgoingSms): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/** Every SMS of the platform carries the programme's signature, as Chinese carriers require. */
export function smsContent(body: string): string {
  return `【吕梁山护工】${body}`;
}

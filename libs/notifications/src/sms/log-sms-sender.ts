import { Logger } from '@nestjs/common';
import { maskPhone } from '@carebridge/rules';
import { OutgoingSms, SmsSender } from './sms-sender';

/** The default sender: nothing leaves the system; the message goes to the log (phone masked). */
export class LogSmsSender implements SmsSender {
  readonly provider = 'log';
  private readonly logger = new Logger('SMS');

  async send(sms: OutgoingSms): Promise<void> {
    this.logger.log(`SMS to ${maskPhone(sms.to)}: ${sms.content}`);
  }
}

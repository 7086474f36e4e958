import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { HttpSmsSender } from './http-sms-sender';
import { LogSmsSender } from './log-sms-sender';
import { SMS_SENDER, SmsSender } from './sms-sender';

/** The sender SMS_SENDER names (config validation guarantees SMS_GATEWAY_URL for `http`). */
export const smsSenderProvider: Provider = {
  provide: SMS_SENDER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): SmsSender =>
    config.SMS_SENDER === 'http' ? new HttpSmsSender(config.SMS_GATEWAY_URL as string, config.SMS_GATEWAY_TOKEN) : new LogSmsSender(),
};

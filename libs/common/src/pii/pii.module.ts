import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { PiiCipher } from './pii-cipher';

@Global()
@Module({
  providers: [
    {
      provide: PiiCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new PiiCipher(config.PII_ENCRYPTION_KEYS, config.PII_HMAC_KEY),
    },
  ],
  exports: [PiiCipher],
})
export class PiiModule {}

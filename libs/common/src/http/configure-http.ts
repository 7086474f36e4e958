import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@carebridge/config';
import { formatHttpError } from '../errors/format-http-error';
import { AppError } from '../errors/app-error';

interface BodyParserError {
  status?: number;
  type?: string;
}

/**
 * HTTP settings of the API, before it starts (main.ts and the tests alike): a cap on JSON bodies,
 * and body-parser's refusals (too large, malformed JSON) answered as JSON like every other
 * refusal, instead of Express's default page (which shows a stack trace outside production).
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.HTTP_JSON_LIMIT_BYTES });
  app.use((error: BodyParserError, _req: unknown, res: { status(code: number): { json(body: unknown): void } }, next: (error: unknown) => void) => {
    if (error?.type === 'entity.too.large') {
      const { status, body } = formatHttpError(new AppError('BAD_USER_INPUT', 'PAYLOAD_TOO_LARGE', `请求内容过大：最多${config.HTTP_JSON_LIMIT_BYTES}字节`));
      return res.status(error.status ?? status).json(body);
    }
    if (error?.type === 'entity.parse.failed') {
      const { status, body } = formatHttpError(AppError.badInput('MALFORMED_JSON', '请求内容不是有效的 JSON'));
      return res.status(status).json(body);
    }
    next(error);
  });
}

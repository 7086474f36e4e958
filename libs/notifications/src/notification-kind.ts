import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about (stored as text so later issues add kinds without a migration). */
export const NotificationKind = {
  CERTIFICATE_ISSUED: 'CERTIFICATE_ISSUED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: '通知类别',
  valuesMap: { CERTIFICATE_ISSUED: { description: '证书颁发' } },
});

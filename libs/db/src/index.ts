export * from './prisma.service';
export * from './db.module';
export * from './generated/prisma/client';
export * from './default-policies';

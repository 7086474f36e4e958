import { Transform } from 'class-transformer';

/** Normalizes string input before validation; any other type passes unchanged to its validator. */
export const Normalized = (normalize: (text: string) => string) =>
  Transform(({ value }) => (typeof value === 'string' ? normalize(value) : value));

export const trim = (text: string): string => text.trim();

/** Spaces inside a phone number are for reading only. */
export const withoutSpaces = (text: string): string => text.replace(/\s/g, '');

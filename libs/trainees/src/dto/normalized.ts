import { Transform } from 'class-transformer';

/** Normalizes string input before validation; any other type passes unchanged to its validator. */
export const Normalized = (normalize: (text: string) => string) =>
  Transform(({ value }) => (typeof value === 'string' ? normalize(value) : value));

/** Normalizes each string of a list input before validation. */
export const NormalizedEach = (normalize: (text: string) => string) =>
  Transform(({ value }) => (Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? normalize(item) : item)) : value));

export const trim = (text: string): string => text.trim();

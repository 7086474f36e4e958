/** LIKE treats % and _ as wildcards and Prisma passes them through: a search for "_" must find "_". */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

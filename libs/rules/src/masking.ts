/** 141102199001011234 → 1411**********1234: region prefix and last four kept. */
export function maskResidentId(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 13812345678 → 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/**
 * A personal name shown to the public: 张三 → 张*, 王小明 → 王*明, 阿依古丽·买买提 → 阿******提
 * (the middle dot is masked too: it would show how long each part of the name is).
 * Keeps the family name (first character) and, for three or more characters, the last one.
 */
export function maskPersonName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

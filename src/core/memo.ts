/**
 * Memoises a value on the object it is computed from, under a private symbol.
 *
 * Not a module-level WeakMap on purpose: V8's young-generation collector keeps a WeakMap's values
 * alive while their key is, so a lint's analyses (keyed by its model, scripts and commands) were
 * copied out of the young generation and promoted at every scavenge, and collecting them cost about
 * a tenth of the lint time. A property dies with its object.
 */
export function memoOn<T>(owner: object, key: symbol, compute: () => T): T {
  const slots = owner as Record<symbol, { value: T } | undefined>;
  let slot = slots[key];
  // A plain assignment (Object.defineProperty is a runtime call, several times slower). The slot is an
  // enumerable symbol property, so code that copies these objects with spread must leave it out.
  if (!slot) slots[key] = slot = { value: compute() };
  return slot.value;
}

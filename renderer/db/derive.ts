interface Remembered {
  inputs: readonly unknown[];
  value: unknown;
}

const remembered = new Map<string, Remembered>();

/**
 * A memo that outlives the component: a list screen opened again over the same cached tables gets
 * the rows it built last time, instead of building (and leaving the garbage collector) 30,000
 * new ones. `key` names the derivation; it is recomputed whenever any input changes identity.
 */
export function derive<T>(key: string, inputs: readonly unknown[], compute: () => T): T {
  const last = remembered.get(key);
  if (last && last.inputs.length === inputs.length && last.inputs.every((input, index) => input === inputs[index])) return last.value as T;
  const value = compute();
  remembered.set(key, { inputs, value });
  return value;
}

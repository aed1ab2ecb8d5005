/**
 * Wraps a pure string → T function with a bounded cache. Reading a thousand unit workbooks folds
 * the same few hundred labels and headers again and again; the cache turns each repeat into one
 * map lookup. Memory stays bounded on hostile input: long texts are never kept, and a full cache
 * starts afresh.
 *
 * @example const fold = memoizeText(normalizeLabel); fold("Số đảng viên") === "so dang vien"
 */
export function memoizeText<T>(
  fn: (s: string) => T,
  { maxEntries = 20000, maxLength = 256 } = {},
): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    if (s.length > maxLength) return fn(s);
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = fn(s);
    if (cache.size >= maxEntries) cache = new Map();
    cache.set(s, value);
    return value;
  };
}

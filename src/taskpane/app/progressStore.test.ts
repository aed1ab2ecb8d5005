import { progressStore } from "./progressStore";

describe("progressStore", () => {
  it("tells its listeners of each new value until they unsubscribe", () => {
    const store = progressStore(0);
    const seen: number[] = [];
    const stop = store.subscribe(() => seen.push(store.get()));
    store.set(1);
    store.set(1); // the same value: no news
    store.set(2);
    stop();
    store.set(3);
    expect(seen).toEqual([1, 2]);
    expect(store.get()).toBe(3);
  });
});

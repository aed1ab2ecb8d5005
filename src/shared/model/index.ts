export * from "./common";
export * from "./outline";
export * from "./campaign";
export * from "./grid";
export * from "./finding";
export * from "./report";
export * from "./plan";

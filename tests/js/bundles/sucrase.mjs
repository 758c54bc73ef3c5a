// Sucrase (a JavaScript compiler: TypeScript, JSX, Flow and ES modules to plain JavaScript), bundled with esbuild
// from its npm package (see README.md); the output must be what Node prints.
import { transform, getVersion } from "./vendor/sucrase.min.mjs";

console.log("sucrase", getVersion());

const typescript = `
import { EventEmitter } from "events";
import type { Readable } from "stream";

export enum Level { Debug = 1, Info, Warn = "warn", Error = Warn.length }
declare const enum Flags { A = 1, B = 2 }

export interface Entry<T = unknown> {
  readonly at: Date;
  level: Level;
  payload?: T;
}

export abstract class Logger<T> extends EventEmitter implements Iterable<Entry<T>> {
  private entries: Entry<T>[] = [];
  protected static count = 0;
  constructor(public readonly name: string, private limit: number = 100) {
    super();
    Logger.count++;
  }
  abstract format(entry: Entry<T>): string;
  log(level: Level, payload?: T): this {
    const entry: Entry<T> = { at: new Date(0), level, payload };
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
    this.emit("entry", entry as Entry<T>);
    return this;
  }
  *[Symbol.iterator](): Iterator<Entry<T>> {
    yield* this.entries;
  }
  get size(): number { return this.entries!.length; }
}

export function pick<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}

export default async function drain(stream: Readable): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(String(chunk satisfies unknown));
  return chunks;
}

namespace Geometry {
  export const origin = { x: 0, y: 0 };
  export function dist(a: typeof origin, b: typeof origin) { return Math.hypot(a.x - b.x, a.y - b.y); }
}
export { Geometry };
`;

const jsx = `
import React, { useState } from "react";

export function TodoList({ items, onToggle }) {
  const [filter, setFilter] = useState("all");
  const visible = items.filter(i => filter === "all" || (filter === "done") === i.done);
  return (
    <section className="todos" data-count={visible.length}>
      <h2>Todos &amp; more ({visible.length})</h2>
      <>
        {["all", "done", "open"].map(f => (
          <button key={f} disabled={f === filter} onClick={() => setFilter(f)}>{f}</button>
        ))}
      </>
      <ul>
        {visible.map(item => <li key={item.id} {...item.props} onClick={() => onToggle(item.id)}>
          {item.done ? <s>{item.text}</s> : item.text}
        </li>)}
      </ul>
      <my-element some-attr="x" />
    </section>
  );
}
`;

const flow = `
// @flow
import type { Node } from "./types";
export type Pair<A, B> = {| first: A, second: B |};
function swap<A, B>(p: Pair<A, B>): Pair<B, A> {
  return { first: p.second, second: p.first };
}
export default (swap: <A, B>(Pair<A, B>) => Pair<B, A>);
`;

const modern = `
import def, { a as b, c } from "./lib";
import * as ns from "./ns";
export const total = b + c + ns.value ?? 0;
export let counter = 0;
export function bump() { counter++; return def?.(counter); }
export * from "./more";
export { default as other } from "./other";
class Point { #x = 1; static #count = 0; get x() { return this.#x; } static { Point.#count++; } }
const big = 1_000_000n ** 2n;
label: for (const [k, v] of Object.entries({ a: 1 })) { if (v) continue label; }
`;

const runs = [
  ["typescript", typescript, { transforms: ["typescript", "imports"] }],
  ["typescript-esm", typescript, { transforms: ["typescript"], disableESTransforms: true }],
  ["jsx-classic", jsx, { transforms: ["jsx", "imports"], production: true }],
  ["jsx-automatic", jsx, { transforms: ["jsx"], jsxRuntime: "automatic", production: true }],
  ["flow", flow, { transforms: ["flow", "imports"] }],
  ["modern", modern, { transforms: ["imports"] }],
];
for (const [name, source, options] of runs) {
  console.log(`---- ${name} ----`);
  console.log(transform(source, options).code);
}

// Compile TypeScript and run the result.
const program = `
enum Color { Red, Green = 5, Blue }
interface Shape { area(): number }
class Circle implements Shape { constructor(private r: number) {} area() { return Math.PI * this.r ** 2; } }
class Rect implements Shape { constructor(private w: number, private h: number) {} area(): number { return this.w * this.h; } }
const shapes: Shape[] = [new Circle(1), new Rect(2, 3), new Circle(0.5)];
const total: number = shapes.reduce((s: number, x: Shape) => s + x.area(), 0);
result.push(Color[5], Color.Blue, total.toFixed(6), shapes.map(s => s.constructor.name).join());
`;
const compiled = transform(program, { transforms: ["typescript"] }).code;
const result = [];
new Function("result", compiled)(result);
console.log(result);

try {
  transform("let x: = 1;", { transforms: ["typescript"], filePath: "bad.ts" });
} catch (e) {
  console.log(e.constructor.name, e.message);
}

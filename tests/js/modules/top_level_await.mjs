// Top-level await: dependencies evaluate in order, each async module finishing before its importers run.
import { slow } from './fixtures/tla_slow_FIXTURE.mjs';
import { sync } from './fixtures/tla_sync_FIXTURE.mjs';

Promise.resolve().then(() => console.log('microtask queued by main'));
console.log('main', slow, sync);
const value = await Promise.resolve(42);
console.log('awaited', value);
try {
    await import('./fixtures/tla_reject_FIXTURE.mjs');
} catch (error) {
    console.log('first import:', error.name, error.message);
    const again = await import('./fixtures/tla_reject_FIXTURE.mjs').catch((e) => e);
    console.log('same error again:', again === error);
}

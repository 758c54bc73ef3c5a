// args: --timeout 1000
// exit: 124
// The timeout covers the event loop: timers that keep the program alive, and a loop waiting for a far one.
let ticks = 0;
const interval = setInterval(() => {
    if (++ticks === 3) {
        clearInterval(interval);
        console.log('three ticks');
        setTimeout(() => console.log('never'), 100000);
    }
}, 10);

// args: --timeout 60000
// A program that ends before its timeout ends normally (and at once).
setTimeout(() => console.log('timer'), 10);
Promise.resolve().then(() => console.log('job'));
console.log('script');

// args: --test262
// exit: 1
// In test262 mode an uncaught exception is reported as "Uncaught " + ToString(value).
function Failure(message) {
  this.message = message;
}
Failure.prototype.toString = function () {
  return 'Failure: ' + this.message;
};
print('before');
throw new Failure('expected true but got false');

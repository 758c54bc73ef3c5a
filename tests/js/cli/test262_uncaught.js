// args: --test262
// exit: 1
// In test262 mode an uncaught exception is reported as "Uncaught <name>: <message>".
print('before');
throw { name: 'Test262Error', message: 'expected true but got false' };

// args: --test262
// exit: 1
// In test262 mode a parse error is reported with the error's name first (not "Uncaught ...").
print('never printed');
var = 1;

// exit: 1
// A thrown string is printed as is.
throw 'plain string';

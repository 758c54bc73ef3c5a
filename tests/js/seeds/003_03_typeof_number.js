typeof 1 // number
typeof 0.1 // number

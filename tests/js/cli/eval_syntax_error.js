// args: -e "let x = ;"
// exit: 1

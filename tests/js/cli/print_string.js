// args: -p "'strings' + ' are raw'"

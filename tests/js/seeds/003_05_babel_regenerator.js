async function test() {
await 1
await 2
await 3
}
// babel 转译后
function test() {
return _test.apply(this, arguments);
}
function _test() {
_test = _asyncToGenerator( /*#__PURE__*/regeneratorRuntime.mark(function _callee() {
return regeneratorRuntime.wrap(function _callee$(_context) {
while (1) {
switch (_context.prev = _context.next) {
case 0:
_context.next = 2;
return 1; // 第一次调用
case 2:
_context.next = 4;
return 2; // 第二次调用
case 4:
_context.next = 6;
return 3; // 第三次调用
case 6:
case "end":
return _context.stop();
}
}
}, _callee);
}));
return _test.apply(this, arguments);
}

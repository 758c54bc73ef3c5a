// Runnable variant of seed 003's Babel output: prepends minimal stand-ins for regeneratorRuntime and
// _asyncToGenerator (written for this test; the seed does not define them) and appends one call of test()
// so that the switch state machine actually runs.
var regeneratorRuntime = {
  mark: function (generatorFunction) {
    return generatorFunction;
  },
  wrap: function (body) {
    var context = {
      prev: 0,
      next: 0,
      finished: false,
      stop: function () {
        this.finished = true;
        return undefined;
      }
    };
    return {
      next: function () {
        if (context.finished) return { value: undefined, done: true };
        var value = body(context);
        return { value: value, done: context.finished };
      }
    };
  }
};
function _asyncToGenerator(makeIterator) {
  return function () {
    var iterator = makeIterator.apply(this, arguments);
    return new Promise(function (resolve, reject) {
      function resume(input) {
        var result;
        try {
          result = iterator.next(input);
        } catch (error) {
          reject(error);
          return;
        }
        if (result.done) {
          resolve(result.value);
          return;
        }
        console.log('awaiting', result.value);
        Promise.resolve(result.value).then(resume, reject);
      }
      resume(undefined);
    });
  };
}

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

test().then(function (value) {
  console.log('test() settled with', value);
});
console.log('test() returned');

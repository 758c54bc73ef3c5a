// Runnable variant of seed 001's Ajax example: prepends a stub makeAjaxCall (answers through setTimeout),
// which the seed does not define.
function makeAjaxCall(url, callback) {
  setTimeout(function () {
    callback(JSON.stringify({ value: 'response from ' + url }));
  }, 10);
}

function* main() {
  var result = yield request("http://some.url");
  var resp = JSON.parse(result);
    console.log(resp.value);
}

function request(url) {
  makeAjaxCall(url, function(response){
    it.next(response);
  });
}

var it = main();
it.next();

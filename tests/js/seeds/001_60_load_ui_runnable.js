// Runnable variant of seed 001's loadUI example: prepends stubs of showLoadingScreen,
// loadUIDataAsynchronously and hideLoadingScreen, which the seed does not define.
function showLoadingScreen() { console.log('showLoadingScreen'); }
function loadUIDataAsynchronously() { console.log('loadUIDataAsynchronously'); return 'ui data'; }
function hideLoadingScreen() { console.log('hideLoadingScreen'); }

function* loadUI() {
  showLoadingScreen();
  yield loadUIDataAsynchronously();
  hideLoadingScreen();
}
var loader = loadUI();
// 加载UI
loader.next()

// 卸载UI
loader.next()

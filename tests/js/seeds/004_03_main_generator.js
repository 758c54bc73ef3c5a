// 这是我们想要实现的 "async" 流程
function* main() {
  try {
    console.log("流程开始");

    // "await fetchUserData('用户A', 1000)"
    const userA = yield fetchUserData('用户A', 1000);
    console.log("接收到:", userA);

    // "await fetchUserData('用户B', 500)"
    const userB = yield fetchUserData('用户B', 500);
    console.log("接收到:", userB);

    console.log("流程结束");
    return userA + ' 和 ' + userB;
  } catch (error) {
    console.error("捕获到错误:", error);
  }
}

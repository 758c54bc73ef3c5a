// exit: 1
// async 关键字直接定义异步函数
async function main() {
  console.log("流程开始");
  
  // await 关键字直接等待 Promiseconst userA = await fetchUserData('用户A', 1000);
  console.log("接收到:", userA);
  
  const userB = await fetchUserData('用户B', 500);
  console.log("接收到:", userB);
  
  console.log("流程结束");
  return userA + ' 和 ' + userB;
}

// async 函数本身返回一个 Promise，直接调用即可
main().then(result => {
  console.log("最终结果:", result);
});

// Repaired copy of seed 004's native async/await block: the `const userA = await ...` statement, glued
// onto the end of the comment line above it in the seed, is put back on its own line, and fetchUserData
// from the seed's complete example (004_06) is prepended; nothing else changed.
// 1. 异步任务
function fetchUserData(data, delay) {
  return new Promise(resolve => {
    console.log(`开始请求数据: ${data}...`);
    setTimeout(() => {
      console.log(`数据请求完成: ${data}`);
      resolve(data);
    }, delay);
  });
}

// async 关键字直接定义异步函数
async function main() {
  console.log("流程开始");
  
  // await 关键字直接等待 Promise
  const userA = await fetchUserData('用户A', 1000);
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

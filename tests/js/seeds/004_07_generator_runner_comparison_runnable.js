// Runnable variant of seed 004's "Generator + Runner" comparison block: prepends fetchUserData and
// asyncRunner from the seed's complete example (004_06), which this block uses without defining.
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

// 3. 核心执行器
function asyncRunner(generatorFunc) {
  const iterator = generatorFunc();

  return new Promise((resolve, reject) => {
    function step(nextResult) {
      let result;
      try {
        result = iterator.next(nextResult);
      } catch (error) {
        return reject(error);
      }
      
      const { value, done } = result;

      if (done) {
        return resolve(value);
      }

      Promise.resolve(value)
        .then(res => {
          step(res);
        })
        .catch(err => {
          try {
             iterator.throw(err);
          } catch(e) {
             reject(e);
          }
        });
    }
    step();
  });
}

// "async" 函数用 Generator 定义
function* main() {
  console.log("流程开始");
  
  // "await" 用 yield 实现
  const userA = yield fetchUserData('用户A', 1000);
  console.log("接收到:", userA);
  
  const userB = yield fetchUserData('用户B', 500);
  console.log("接收到:", userB);
  
  console.log("流程结束");
  return userA + ' 和 ' + userB;
}

// 需要一个“执行器”来启动和管理流程
asyncRunner(main).then(result => {
  console.log("最终结果:", result);
});

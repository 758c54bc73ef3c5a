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

// 2. "async" 函数 (用 Generator 实现)
function* main() {
  try {
    console.log("流程开始");
    const userA = yield fetchUserData('用户A', 1000);
    console.log("接收到:", userA);
    const userB = yield fetchUserData('用户B', 500);
    console.log("接收到:", userB);
    console.log("流程结束");
    return userA + ' 和 ' + userB;
  } catch (error) {
    console.error("捕获到错误:", error);
  }
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

// 4. 运行
asyncRunner(main).then(finalResult => {
  console.log("Runner 完成，最终结果:", finalResult);
});

/*
预期输出:
流程开始
开始请求数据: 用户A...
(等待 1 秒)
数据请求完成: 用户A
接收到: 用户A
开始请求数据: 用户B...
(等待 0.5 秒)
数据请求完成: 用户B
接收到: 用户B
流程结束
Runner 完成，最终结果: 用户A 和 用户B
*/
